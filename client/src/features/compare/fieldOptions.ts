import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { findTemplate } from '../../../../cases/templates'
import type { FieldDef, SectionDef } from '../../../../cases/templates/types'

/** One choice of the field picker: the `field` query value and what it means. */
export interface FieldOption {
  path: string
  template: Bilingual
  section: SectionDef
  /** null for a whole collection section. */
  field: FieldDef | null
  /** A field of each item of a collection. */
  inCollection: boolean
}

/** Every comparable field of these templates: section fields, whole collections, and collection item fields. */
export function fieldOptions(templateIds: readonly string[]): FieldOption[] {
  const out: FieldOption[] = []
  for (const id of templateIds) {
    const template = findTemplate(id)
    if (!template) continue
    for (const section of template.sections) {
      const base = { template: template.title, section }
      if (section.collection) {
        out.push({ ...base, path: `${id}.${section.key}`, field: null, inCollection: false })
        for (const field of section.collection.itemFields)
          out.push({ ...base, path: `${id}.${section.key}.${field.key}`, field, inCollection: true })
      } else {
        for (const field of section.fields)
          out.push({ ...base, path: `${id}.${section.key}.${field.key}`, field, inCollection: false })
      }
    }
  }
  return out
}
