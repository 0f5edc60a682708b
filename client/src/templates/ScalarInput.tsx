import type * as Y from 'yjs'
import type { DateField, NumberField, StringField } from '../../../cases/templates/types'
import { documentAllows, utf8Bytes } from '../sync/documentSize'
import { useFormContext } from './formContext'
import { useFieldFocus } from './useFieldFocus'
import { useLocalEdit } from './useLocalEdit'
import { useYMapValue } from './useYMapValue'

interface Props {
  section: Y.Map<unknown>
  field: NumberField | DateField | StringField
  path: string
}

/**
 * A number, a date or a short string: a plain value on the section's Y.Map (last writer wins).
 * Empty numbers and dates are null; a short string is stored as typed ("" when empty).
 */
export function ScalarInput({ section, field, path }: Props) {
  const { readOnly, doc } = useFormContext()
  const edit = useLocalEdit()
  const focus = useFieldFocus(path)
  const raw = useYMapValue(section, field.key)
  const shown = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : ''

  const set = (text: string) => {
    if (text.length > shown.length && !documentAllows(doc, utf8Bytes(text))) return
    if (field.kind === 'string') return edit(() => section.set(field.key, text), { typing: true })
    let next: number | string | null = text === '' ? null : text
    if (field.kind === 'number' && next !== null) {
      const n = Number(next)
      next = Number.isFinite(n) ? n : null
    }
    edit(() => section.set(field.key, next))
  }

  return (
    <input
      id={path}
      type={field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text'}
      maxLength={field.kind === 'string' ? field.maxLength : undefined}
      min={field.kind === 'number' ? field.min : undefined}
      max={field.kind === 'number' ? field.max : undefined}
      value={shown}
      disabled={readOnly}
      onChange={(e) => set(e.target.value)}
      {...focus}
    />
  )
}
