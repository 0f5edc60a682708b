import type { ChoiceField, FieldDef, SectionDef, TemplateDef } from '../../cases/templates/types'

/** A field of a template's plain section, with its awareness path ("templateId.sectionKey.fieldKey"). */
export interface PickedField<F extends FieldDef = FieldDef> {
  section: SectionDef
  field: F
  path: string
}

/** What the browser test fills in one template: a text field, a choice or yes/no where there is one, a collection. */
export interface TemplatePlan {
  template: TemplateDef
  text: PickedField
  choice?: PickedField<ChoiceField>
  yesNo?: PickedField
  collection?: SectionDef
}

/** Sections the ecomap editor draws itself (tested in ecomap.test.ts), so not filled through the generic form. */
const DRAWN = new Set(['ecomap.systems', 'ecomap.ties'])

function firstField<F extends FieldDef>(
  template: TemplateDef,
  test: (f: FieldDef) => f is F,
): PickedField<F> | undefined {
  for (const section of template.sections) {
    if (section.collection) continue
    const field = section.fields.find(test)
    if (field) return { section, field, path: `${template.id}.${section.key}.${field.key}` }
  }
  return undefined
}

/** The first text field, the first choice and yes/no field and the first collection the form renders. */
export function planFor(template: TemplateDef): TemplatePlan {
  const text = firstField(template, (f): f is FieldDef => f.kind === 'text')
  if (!text) throw new Error(`${template.id} has no text field`)
  return {
    template,
    text,
    choice: firstField(template, (f): f is ChoiceField => f.kind === 'choice'),
    yesNo: firstField(template, (f): f is FieldDef => f.kind === 'boolean'),
    collection: template.sections.find((s) => s.collection && !DRAWN.has(`${template.id}.${s.key}`)),
  }
}
