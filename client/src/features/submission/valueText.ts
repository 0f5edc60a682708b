import type { Bilingual } from '../../../../cases/i18n/bilingual'
import type { FieldDef } from '../../../../cases/templates/types'

/** Words for values that are not text, in the UI language. */
export interface ValueWords {
  empty: string
  yes: string
  no: string
}

const optionLabel = (field: FieldDef, value: string, bi: (t: Bilingual | undefined) => string) =>
  'options' in field ? bi(field.options.find((o) => o.value === value)?.label) || value : value

/** A stored result's field value as plain text, by the field's definition (choices by their labels). */
export function valueText(
  field: FieldDef,
  value: unknown,
  bi: (t: Bilingual | undefined) => string,
  words: ValueWords,
): string {
  if (value === null || value === undefined || value === '') return words.empty
  if (field.kind === 'boolean') return value === true ? words.yes : words.no
  if (field.kind === 'multiChoice' && Array.isArray(value)) {
    const labels = value
      .filter((v): v is string => typeof v === 'string')
      .map((v) => optionLabel(field, v, bi))
    return labels.length ? labels.join(', ') : words.empty
  }
  if (field.kind === 'choice' && typeof value === 'string') return optionLabel(field, value, bi)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : words.empty
}
