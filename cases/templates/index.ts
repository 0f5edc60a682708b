import { breton } from './breton'
import { ecomap } from './ecomap'
import { fiveC } from './fiveC'
import { groupDynamics } from './groupDynamics'
import { interventionPlan } from './interventionPlan'
import { roles } from './roles'
import { systems } from './systems'
import { therapeuticFactors } from './therapeuticFactors'
import { tuckman } from './tuckman'
import type { TemplateDef } from './types'

export type * from './types'

/** Every template the app offers, in the order the course teaches them. */
export const TEMPLATES: readonly TemplateDef[] = [
  ecomap,
  fiveC,
  breton,
  groupDynamics,
  tuckman,
  interventionPlan,
  roles,
  therapeuticFactors,
  systems,
]

/** The template with this id, or undefined. */
export function findTemplate(id: string): TemplateDef | undefined {
  return TEMPLATES.find((t) => t.id === id)
}

/** The template with this id; throws for an unknown id (callers validate ids first). */
export function getTemplate(id: string): TemplateDef {
  const template = findTemplate(id)
  if (!template) throw new Error(`Unknown template: ${id}`)
  return template
}
