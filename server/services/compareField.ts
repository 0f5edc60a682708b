import type { ComparedField, ComparedValue } from '../../cases/contracts/compare'
import type { FieldDef, SectionDef, TemplateDef } from '../../cases/templates/types'
import type { SectionJson } from '../../cases/ydoc/read'
import { invalid } from './errors'

/** A compared field resolved against the assignment's templates. */
export interface CompareRef {
  field: ComparedField
  template: TemplateDef
  section: SectionDef
  /** The field (of the section, or of its items); absent for a whole collection. */
  def?: FieldDef
}

const HOW = '<templateId>.<sectionKey>.<fieldKey>, or <templateId>.<sectionKey> for a collection'

/**
 * Resolve `<templateId>.<sectionKey>.<fieldKey>` (a field of a section, or of a collection's items) or
 * `<templateId>.<sectionKey>` (a whole collection) among the templates an assignment uses; 400 naming `field`.
 */
export function resolveCompareField(
  assignmentTemplates: readonly string[],
  templates: readonly TemplateDef[],
  name: string,
): CompareRef {
  const parts = name.split('.')
  const [templateId = '', sectionKey = '', fieldKey] = parts
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === ''))
    throw invalid('field', `must be ${HOW}`)
  const template = templates.find((t) => t.id === templateId)
  if (!template) throw invalid('field', `unknown template "${templateId}"`)
  if (!assignmentTemplates.includes(templateId)) {
    throw invalid('field', `this assignment does not use the template "${templateId}"`)
  }
  const section = template.sections.find((s) => s.key === sectionKey)
  if (!section) throw invalid('field', `the template "${templateId}" has no section "${sectionKey}"`)
  const base = { templateId, sectionKey, inCollection: section.collection !== undefined }
  if (fieldKey === undefined) {
    if (!section.collection) throw invalid('field', `"${name}" is not a collection: name one of its fields`)
    return { template, section, field: { ...base, fieldKey: null, label: section.title, kind: 'collection' } }
  }
  const def = (section.collection?.itemFields ?? section.fields).find((f) => f.key === fieldKey)
  if (!def) throw invalid('field', `the section "${templateId}.${sectionKey}" has no field "${fieldKey}"`)
  return { template, section, def, field: { ...base, fieldKey, label: def.label, kind: def.kind } }
}

/**
 * The compared value from a section's export JSON: the field's value, the item field's values over the items (in
 * item order), or the collection's items. null when the section is missing (a result stored before a field existed).
 */
export function pickCompared(ref: CompareRef, section: SectionJson | undefined): ComparedValue | null {
  if (section === undefined) return null
  const key = ref.field.fieldKey
  if (Array.isArray(section)) {
    if (key === null) return section
    return section.map((item) => item[key] ?? null)
  }
  if (key === null) return null
  return section[key] ?? null
}
