import type { Bilingual } from '../../../../cases/i18n/bilingual'
import type { FieldDef, FieldJson, TemplateDef } from '../../../../cases/templates/types'

/** Words the plain renderer needs, already translated. */
export interface ValueWords {
  empty: string
  yes: string
  no: string
  pick(text: Bilingual | undefined): string
}

/**
 * Collection item ids → a readable name (the item's first non-empty short value), so an ecomap tie reads
 * "Ibu → Sekolah" instead of two random ids.
 */
export function itemNames(
  template: TemplateDef,
  content: Record<string, unknown> | undefined,
): Map<string, string> {
  const names = new Map<string, string>()
  for (const section of template.sections) {
    const items = content?.[section.key]
    if (!section.collection || !Array.isArray(items)) continue
    for (const item of items as Record<string, FieldJson>[]) {
      const id = typeof item.id === 'string' ? item.id : ''
      const name = section.collection.itemFields
        .filter((f) => f.kind === 'string' || f.kind === 'text')
        .map((f) => item[f.key])
        .find((v): v is string => typeof v === 'string' && v.trim() !== '')
      if (id && name) names.set(id, name.trim())
    }
  }
  return names
}

/** One field's value as plain text (never HTML): labels for choices, yes/no, item names for ids. */
export function fieldText(
  field: FieldDef,
  value: FieldJson | undefined,
  words: ValueWords,
  names: Map<string, string>,
): string {
  if (value === null || value === undefined || value === '') return words.empty
  switch (field.kind) {
    case 'choice':
      return words.pick(field.options.find((o) => o.value === value)?.label) || String(value)
    case 'multiChoice': {
      const values = Array.isArray(value) ? value : []
      if (values.length === 0) return words.empty
      return values.map((v) => words.pick(field.options.find((o) => o.value === v)?.label) || v).join(', ')
    }
    case 'boolean':
      return value ? words.yes : words.no
    case 'string':
      return typeof value === 'string' ? (names.get(value) ?? value) : String(value)
    default:
      return Array.isArray(value) ? value.join(', ') : String(value)
  }
}
