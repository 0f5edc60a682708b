import { angerManagementOutcomes } from './anger-management-outcomes'
import { inclusiveSchool } from './inclusive-school'
import type { CaseStudy } from './types'

/** Every case in the library, in the order the library lists them. */
export const CASE_LIBRARY: readonly CaseStudy[] = [inclusiveSchool, angerManagementOutcomes]

/** The case with this id, or undefined when the library has none. */
export function findCase(id: string): CaseStudy | undefined {
  return CASE_LIBRARY.find((c) => c.id === id)
}
