import type { ExerciseState } from '../../../../cases/contracts/exercises'
import { request } from '../../api/client'
import { listWorkspaces } from '../../api/workspaces'

/** GET /api/exercises/:id: the exercise's clock (`workspaceId` is the asking student's). */
export const getExercise = (id: string) =>
  request<ExerciseState>('GET', `/api/exercises/${encodeURIComponent(id)}`)

/** The id of a live exercise not yet ended among the student's team's workspaces, if any. */
export async function findCurrentExercise(): Promise<string | null> {
  const workspaces = await listWorkspaces()
  return workspaces.find((w) => w.exercise && w.exercise.status !== 'ended')?.exercise?.id ?? null
}
