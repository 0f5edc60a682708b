import type { Bilingual, Lang } from '../../../cases/i18n/bilingual'
import { ecomap } from '../../../cases/templates/ecomap'
import { SYSTEM_CATEGORY_OPTIONS } from '../../../cases/templates/ecomapOptions'
import type { FieldDef } from '../../../cases/templates/types'

/** A bilingual text from the template definition in `lang` (Indonesian when the English is missing). */
export const pick = (text: Bilingual | undefined, lang: Lang): string => (text ? text[lang] || text.id : '')

/** The definition of an item field of the systems or ties collection (labels, help, options come from here). */
export function itemField(section: 'systems' | 'ties' | 'members', key: string): FieldDef {
  const field = ecomap.sections
    .find((s) => s.key === section)
    ?.collection?.itemFields.find((f) => f.key === key)
  if (!field) throw new Error(`ecomap.${section} has no field ${key}`)
  return field
}

/** A section's title from the definition. */
export function sectionTitle(section: string, lang: Lang): string {
  return pick(ecomap.sections.find((s) => s.key === section)?.title, lang)
}

/** A system category's label ("Sistem Keluarga"), or '' for none. */
export function categoryLabel(category: string | null, lang: Lang): string {
  return pick(SYSTEM_CATEGORY_OPTIONS.find((o) => o.value === category)?.label, lang)
}
