import { describe, expect, it } from 'vitest'
import type { FieldDef } from '../../../../cases/templates/types'
import { valueText } from '../../../../client/src/features/print/valueText'

const bi = (text: { id: string; en: string } | undefined) => text?.id ?? ''
const words = { empty: '—', yes: 'Ya', no: 'Tidak', pick: bi }
const options = [
  { value: 'a', label: { id: 'Satu', en: 'One' } },
  { value: 'b', label: { id: 'Dua', en: 'Two' } },
]

describe("a stored version's values shown as text", () => {
  it('shows choices by their labels, yes/no in words and empty values as a dash', () => {
    const label = { id: 'L', en: 'L' }
    const choice: FieldDef = { kind: 'choice', key: 'c', label, options }
    const multi: FieldDef = { kind: 'multiChoice', key: 'm', label, options }
    const yesNo: FieldDef = { kind: 'boolean', key: 'b', label }
    const text: FieldDef = { kind: 'text', key: 't', label, multiline: true }
    expect(valueText(choice, 'b', words)).toBe('Dua')
    expect(valueText(choice, 'zzz', words)).toBe('zzz')
    expect(valueText(multi, ['a', 'b'], words)).toBe('Satu, Dua')
    expect(valueText(multi, [], words)).toBe('—')
    expect(valueText(yesNo, false, words)).toBe('Tidak')
    expect(valueText(text, '', words)).toBe('—')
    expect(valueText(text, 'Catatan', words)).toBe('Catatan')
    expect(valueText(text, null, words)).toBe('—')
  })
})
