import type { CreatedExercise } from '../../cases/contracts/exercises'
import { CASE_LIBRARY } from '../../cases/library'
import type { Api } from '../helpers/api'

/** Start a live exercise on the first library case with fiveC; insists on 201. */
export async function startExercise(
  lecturer: Api,
  classId: string,
  extra: { durationMinutes?: number; teamSize?: number } = {},
): Promise<CreatedExercise> {
  const res = await lecturer.request<CreatedExercise>('POST', `/api/classes/${classId}/exercises`, {
    caseId: CASE_LIBRARY[0]!.id,
    templates: ['fiveC'],
    durationMinutes: extra.durationMinutes ?? 30,
    ...(extra.teamSize ? { teamSize: extra.teamSize } : {}),
  })
  if (res.status !== 201) throw new Error(`start exercise → ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}
