import type { CollectionDef, FieldDef, FieldJson } from '../templates/types'
import type { CollectionItemJson } from './read'

/** The JSON a field reads as when nothing was ever written to it (see readField). */
function emptyJson(field: FieldDef): FieldJson {
  switch (field.kind) {
    case 'text':
    case 'string':
      return ''
    case 'multiChoice':
      return []
    default:
      return null
  }
}

const same = (a: FieldJson | undefined, b: FieldJson) => JSON.stringify(a ?? null) === JSON.stringify(b)

/**
 * Whether an item is still exactly one of the collection's server-inserted defaults (e.g. an ecomap system nobody
 * renamed, moved or described): such an item is the template's starting point, not the team's work, so it does not
 * make its section count as filled.
 */
export function isUntouchedDefault(item: CollectionItemJson, collection: CollectionDef): boolean {
  return (collection.defaults ?? []).some((values) =>
    collection.itemFields.every((field) => same(item[field.key], values[field.key] ?? emptyJson(field))),
  )
}
