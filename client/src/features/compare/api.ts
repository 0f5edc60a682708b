import type { FieldComparison } from '../../../../cases/contracts/compare'
import type { Assignment } from '../../../../cases/contracts/http'
import { request } from '../../api/client'

/** Where answers come from. */
export type CompareSource = FieldComparison['source']

/** The assignment (its templates) from the class's assignment list, or null when the class has no such one. */
export async function getAssignment(classId: string, assignmentId: string): Promise<Assignment | null> {
  const all = await request<Assignment[]>('GET', `/api/classes/${encodeURIComponent(classId)}/assignments`)
  return all.find((a) => a.id === assignmentId) ?? null
}

/** GET /api/assignments/:id/compare: every team's value of one field. */
export function getComparison(assignmentId: string, field: string, source: CompareSource) {
  const query = new URLSearchParams({ field, source })
  return request<FieldComparison>(
    'GET',
    `/api/assignments/${encodeURIComponent(assignmentId)}/compare?${query.toString()}`,
  )
}
