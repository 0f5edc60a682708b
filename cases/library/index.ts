import { angerManagementOutcomes } from './anger-management-outcomes'
import { housingRenovation } from './housing-renovation'
import { inclusiveSchool } from './inclusive-school'
import { multiAgencyFamily } from './multi-agency-family'
import { returneeSelfHelpGroup } from './returnee-self-help-group'
import { schoolCliques } from './school-cliques'
import { tenantMediation } from './tenant-mediation'
import { youngParentsGroup } from './young-parents-group'
import { youthVandalism } from './youth-vandalism'
import type { CaseStudy } from './types'

/**
 * Every case in the library, in the order the library lists them: the first case shipped, then the others in
 * the order the module describes their situations.
 */
export const CASE_LIBRARY: readonly CaseStudy[] = [
  inclusiveSchool,
  returneeSelfHelpGroup,
  schoolCliques,
  youthVandalism,
  angerManagementOutcomes,
  tenantMediation,
  youngParentsGroup,
  housingRenovation,
  multiAgencyFamily,
]

/** The case with this id, or undefined when the library has none. */
export function findCase(id: string): CaseStudy | undefined {
  return CASE_LIBRARY.find((c) => c.id === id)
}
