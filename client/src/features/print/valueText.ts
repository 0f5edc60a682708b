import type { Bilingual } from '../../../../cases/i18n/bilingual'
import type { FieldDef, FieldJson, TemplateDef } from '../../../../cases/templates/types'

/** Words a plain rendering of a value needs, already translated. */
export interface ValueWords {
  empty: string
  yes: string
  no: string
  pick(text: Bilingual | undefined): string
}

/** Collection item ids → a readable name (its first non-empty text), so a tie reads "Ibu" rather than an id. */
export function itemNames(template: TemplateDef, content: unknown): Map<string, string> {
  const names = new Map<string, string>()
  const sections = content && typeof content === 'object' ? (content as Record<string, unknown>) : {}
  for (const section of template.sections) {
    const items = sections[section.key]
    if (!section.collection || !Array.isArray(items)) continue
    for (const item of items as Record<string, FieldJson>[]) {
      const name = section.collection.itemFields
        .filter((f) => f.kind === 'string' || f.kind === 'text')
        .map((f) => item[f.key])
        .find((v): v is string => typeof v === 'string' && v.trim() !== '')
      if (typeof item.id === 'string' && name) names.set(item.id, name.trim())
    }
  }
  return names
}

/** One field's value as plain text: choices as their label in the current language, yes/no, item names for ids. */
export function valueText(
  field: FieldDef,
  value: FieldJson | undefined,
  words: ValueWords,
  names: Map<string, string> = new Map(),
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
