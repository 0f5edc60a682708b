import type { RubricCriterion } from '../contracts/grades'
import { findTemplate } from '../templates'
import { bretonRubric } from './breton'
import { ecomapRubric } from './ecomap'
import { fiveCRubric } from './fiveC'
import { genericRubric } from './generic'
import { groupDynamicsRubric } from './groupDynamics'
import { interventionPlanRubric } from './interventionPlan'
import { rolesRubric } from './roles'
import { systemsRubric } from './systems'
import { therapeuticFactorsRubric } from './therapeuticFactors'
import { tuckmanRubric } from './tuckman'

/** Rubrics written from the module for each template; a template added later without one gets the generic rubric. */
const WRITTEN: Readonly<Record<string, readonly RubricCriterion[]>> = {
  ecomap: ecomapRubric,
  fiveC: fiveCRubric,
  breton: bretonRubric,
  groupDynamics: groupDynamicsRubric,
  tuckman: tuckmanRubric,
  interventionPlan: interventionPlanRubric,
  roles: rolesRubric,
  therapeuticFactors: therapeuticFactorsRubric,
  systems: systemsRubric,
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
