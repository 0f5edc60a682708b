import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { findTemplate } from '../../../../cases/templates'

/** A text field the diff can compare: its path (`<templateId>.<sectionKey>.<fieldKey>`) and labels. */
export interface TextFieldRef {
  path: string
  template: Bilingual
  section: Bilingual
  label: Bilingual
}

/** Every plain (non-collection) text field of these templates, in template order. */
export function textFields(templateIds: readonly string[]): TextFieldRef[] {
  const out: TextFieldRef[] = []
  for (const id of templateIds) {
    const template = findTemplate(id)
    if (!template) continue
    for (const section of template.sections) {
      if (section.collection) continue
      for (const field of section.fields) {
        if (field.kind !== 'text') continue
        out.push({
          path: `${id}.${section.key}.${field.key}`,
          template: template.title,
          section: section.title,
          label: field.label,
        })
      }
    }
  }
  return out
}
