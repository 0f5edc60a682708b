import * as random from 'lib0/random'
import * as Y from 'yjs'
import { getTemplate } from '../templates/index'
import type { FieldDef, FieldJson, SectionDef } from '../templates/types'

/** The hidden plain number on every item Y.Map that orders a collection (see CollectionDef). */
export const ORDER_KEY = 'order'

/** Keys an item field may not use: `id` is added by the export, `order` is hidden on the item map. */
export const RESERVED_ITEM_KEYS: readonly string[] = ['id', ORDER_KEY]

/** The value an item field starts with, from `values` when given there in the field's JSON type. */
function itemValue(field: FieldDef, value: FieldJson | undefined): Y.Text | Y.Map<boolean> | FieldJson {
  switch (field.kind) {
    case 'text':
      return new Y.Text(typeof value === 'string' ? value : '')
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value.filter((v) => field.options.some((o) => o.value === v)) : []
      return new Y.Map<boolean>(chosen.map((v) => [v, true]))
    }
    default:
      return value === undefined ? null : value
  }
}

/** The Y type a text or multiChoice item field needs, or undefined for plain-valued kinds. */
export function missingSharedType(field: FieldDef): Y.Text | Y.Map<boolean> | undefined {
  if (field.kind === 'text') return new Y.Text()
  if (field.kind === 'multiChoice') return new Y.Map<boolean>()
  return undefined
}

/** Build a complete, not yet inserted item Y.Map: every item field, then its `order`. */
export function buildItem(
  fields: readonly FieldDef[],
  values: Record<string, FieldJson>,
  order: number,
): Y.Map<unknown> {
  const item = new Y.Map<unknown>()
  for (const field of fields) item.set(field.key, itemValue(field, values[field.key]))
  item.set(ORDER_KEY, order)
  return item
}

/** 1 + the highest `order` among a collection's items (1 for an empty one). */
export function nextOrder(section: Y.Map<unknown>): number {
  let highest = 0
  for (const item of section.values()) {
    const order = item instanceof Y.Map ? item.get(ORDER_KEY) : undefined
    if (typeof order === 'number' && Number.isFinite(order)) highest = Math.max(highest, order)
  }
  return highest + 1
}

function collectionOf(
  doc: Y.Doc,
  templateId: string,
  sectionKey: string,
): { def: SectionDef; map: Y.Map<unknown> } {
  const def = getTemplate(templateId).sections.find((s) => s.key === sectionKey)
  if (!def?.collection) throw new Error(`${templateId}.${sectionKey} is not a collection`)
  const map = doc.getMap<unknown>(templateId).get(sectionKey)
  if (!(map instanceof Y.Map)) throw new Error(`${templateId}.${sectionKey} does not exist yet (not synced?)`)
  return { def, map: map as Y.Map<unknown> }
}

/**
 * Add an item to a collection section and return its new id. The item Y.Map is built completely (every item field,
 * `values` given in the export's JSON types) and inserted at a fresh random id in one transaction — the one allowed
 * case of a client creating a shared type, since nobody else can write to that key. Throws when the section is not a
 * collection or does not exist in the document yet (wait for the first sync).
 */
export function addCollectionItem(
  doc: Y.Doc,
  templateId: string,
  sectionKey: string,
  values: Record<string, FieldJson> = {},
  origin?: unknown,
): string {
  const { def, map } = collectionOf(doc, templateId, sectionKey)
  return insertItem(map, def.collection?.itemFields ?? [], values, origin)
}

/**
 * Build an item and insert it into a collection's section map (already in a document) at a fresh random id, in one
 * transaction; returns the id. `addCollectionItem` finds the map and fields from a registered template's definition.
 */
export function insertItem(
  map: Y.Map<unknown>,
  itemFields: readonly FieldDef[],
  values: Record<string, FieldJson> = {},
  origin?: unknown,
): string {
  const id = random.uuidv4()
  const insert = () => map.set(id, buildItem(itemFields, values, nextOrder(map)))
  if (map.doc) map.doc.transact(insert, origin)
  else insert()
  return id
}

/** Remove an item from a collection section; returns whether it was there. */
export function removeCollectionItem(
  doc: Y.Doc,
  templateId: string,
  sectionKey: string,
  itemId: string,
  origin?: unknown,
): boolean {
  const { map } = collectionOf(doc, templateId, sectionKey)
  if (!map.has(itemId)) return false
  doc.transact(() => map.delete(itemId), origin)
  return true
}

/** The item Y.Map with this id in a collection section, or undefined. */
export function getCollectionItem(
  doc: Y.Doc,
  templateId: string,
  sectionKey: string,
  itemId: string,
): Y.Map<unknown> | undefined {
  const item = collectionOf(doc, templateId, sectionKey).map.get(itemId)
  return item instanceof Y.Map ? (item as Y.Map<unknown>) : undefined
}
