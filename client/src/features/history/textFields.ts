import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { fieldOptions } from '../compare/fieldOptions'

/** A text field the diff can compare: its path (`<templateId>.<sectionKey>.<fieldKey>`) and labels. */
export interface TextFieldRef {
  path: string
  template: Bilingual
  section: Bilingual
  label: Bilingual
}

/** Every plain (non-collection) text field of these templates, in template order. */
export function textFields(templateIds: readonly string[]): TextFieldRef[] {
  return fieldOptions(templateIds).flatMap(({ path, template, section, field, inCollection }) =>
    !inCollection && field?.kind === 'text'
      ? [{ path, template, section: section.title, label: field.label }]
      : [],
  )
}
