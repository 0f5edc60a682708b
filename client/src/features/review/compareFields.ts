import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { findTemplate } from '../../../../cases/templates'
import type { FieldDef } from '../../../../cases/templates/types'

/** A field every team's answer can be compared on (collection sections are left out). */
export interface ComparableField {
  /** "templateId.sectionKey.fieldKey" */
  key: string
  templateId: string
  sectionKey: string
  field: FieldDef
  label: string
}

/** The plain fields of an assignment's templates, labelled "Template › Section › Field". */
export function comparableFields(
  templateIds: readonly string[],
  pick: (text: Bilingual | undefined) => string,
): ComparableField[] {
  const out: ComparableField[] = []
  for (const templateId of templateIds) {
    const template = findTemplate(templateId)
    if (!template) continue
    for (const section of template.sections) {
      if (section.collection) continue
      for (const field of section.fields) {
        out.push({
          key: `${templateId}.${section.key}.${field.key}`,
          templateId,
          sectionKey: section.key,
          field,
          label: [pick(template.title), pick(section.title), pick(field.label)].join(' › '),
        })
      }
    }
  }
  return out
}
