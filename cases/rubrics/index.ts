import type { RubricCriterion } from '../contracts/grades'
import { findTemplate } from '../templates'
import { ecomapRubric } from './ecomap'
import { fiveCRubric } from './fiveC'
import { genericRubric } from './generic'

/** Rubrics written for a template; every other template gets the generic one. */
const WRITTEN: Readonly<Record<string, readonly RubricCriterion[]>> = {
  fiveC: fiveCRubric,
  ecomap: ecomapRubric,
}

/** The default criteria of one template (fresh copies); empty for an unknown template. */
export function defaultCriteria(templateId: string): RubricCriterion[] {
  const written = WRITTEN[templateId]
  if (written) return structuredClone([...written])
  const template = findTemplate(templateId)
  return template ? genericRubric(template) : []
}

/** The default rubric of an assignment: the criteria of each of its templates, in order. */
export function defaultRubric(templateIds: readonly string[]): RubricCriterion[] {
  return templateIds.flatMap((id) => defaultCriteria(id))
}
