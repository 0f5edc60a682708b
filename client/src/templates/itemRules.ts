import type { FieldDef } from '../../../cases/templates/types'

/** A field of a collection item shown only while another field of the same item holds a value. */
interface ShowWhen {
  field: string
  equals: string
}

/**
 * Item fields the form shows only in some states, by "templateId.sectionKey.fieldKey". Breton's praxis: an action
 * marked done asks for its reflection (the definition notes this for the client). The value stays in the document
 * and the export either way; only the form hides it.
 */
const SHOW_WHEN: Record<string, ShowWhen> = {
  'breton.actionPlan.reflection': { field: 'status', equals: 'done' },
}

/** The condition for showing an item field, if it has one. */
export function showWhen(templateId: string, sectionKey: string, field: FieldDef): ShowWhen | undefined {
  return SHOW_WHEN[`${templateId}.${sectionKey}.${field.key}`]
}
