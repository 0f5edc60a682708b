import * as Y from 'yjs'
import type { FieldDef, RetiredField, RetiredOption, TemplateDef } from '../templates/types'

function sectionMap(root: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const section = root.get(key)
  return section instanceof Y.Map ? (section as Y.Map<unknown>) : undefined
}

/** An option's Indonesian label, or the value itself when the definition does not know it. */
export const optionLabel = (field: FieldDef, value: string): string =>
  ('options' in field ? field.options.find((o) => o.value === value)?.label.id : undefined) ?? value

/**
 * The note a retired field leaves at the end of its `noteInto` text (also used by the export migration, so a stored
 * result reads the same as the live workspace). Indonesian, like the text the team writes; the label names what the
 * old version asked.
 */
export const retiredFieldNote = (retired: RetiredField, held: string): string =>
  `${retired.field.label.id} (diisi sebelum templat versi ${retired.since}): ${held}`

/** Append a note after what a text already holds, a blank line between. */
export const appendNote = (text: string, note: string): string =>
  text.length > 0 ? `${text}\n\n${note}` : note

/** What a retired field held, in words a reader of the note understands; null when it held nothing. */
function describe(field: FieldDef, value: unknown): string | null {
  if (value instanceof Y.Map) {
    const chosen = new Set([...value.entries()].filter(([, on]) => on === true).map(([v]) => v))
    // In the definition's option order, then any value the definition does not know.
    const known = 'options' in field ? field.options.map((o) => o.value).filter((v) => chosen.has(v)) : []
    const ordered = [...known, ...[...chosen].filter((v) => !known.includes(v))]
    return ordered.length ? ordered.map((v) => optionLabel(field, v)).join('; ') : null
  }
  if (value instanceof Y.Text) return value.toString().trim() || null
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak'
  return typeof value === 'string' ? optionLabel(field, value) : String(value)
}

/** Move one retired field into its note (appended to the end of the text), then delete it. */
function retireField(root: Y.Map<unknown>, retired: RetiredField): boolean {
  const section = sectionMap(root, retired.section)
  if (!section?.has(retired.field.key)) return false
  const held = describe(retired.field, section.get(retired.field.key))
  const target = section.get(retired.noteInto)
  if (held !== null && target instanceof Y.Text) {
    const before = target.toString()
    target.insert(target.length, appendNote(before, retiredFieldNote(retired, held)).slice(before.length))
  }
  section.delete(retired.field.key)
  return true
}

/** Replace stored choices of a retired option by the option that took its place. */
function retireOption(root: Y.Map<unknown>, retired: RetiredOption): boolean {
  const section = sectionMap(root, retired.section)
  const value = section?.get(retired.field)
  if (value instanceof Y.Map) {
    if (!value.has(retired.value)) return false
    if (value.get(retired.value) === true && value.get(retired.into) !== true) value.set(retired.into, true)
    value.delete(retired.value)
    return true
  }
  if (section && value === retired.value) {
    section.set(retired.field, retired.into)
    return true
  }
  return false
}

/**
 * Carry a stored workspace over the fields and options its template has retired. Call inside the structure
 * transaction, after the template's fields exist (a note needs its text field). Idempotent: once carried over, a
 * retired field or option is gone, so a second run changes nothing. Returns true when something changed.
 */
export function retireOldStructure(root: Y.Map<unknown>, template: TemplateDef): boolean {
  let changed = false
  for (const retired of template.retiredOptions ?? []) changed = retireOption(root, retired) || changed
  for (const retired of template.retiredFields ?? []) changed = retireField(root, retired) || changed
  return changed
}
