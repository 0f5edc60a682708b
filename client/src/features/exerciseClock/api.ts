import type { ExerciseState } from '../../../../cases/contracts/exercises'
import { request } from '../../api/client'

/** GET /api/exercises/:id: the exercise's clock (`workspaceId` is the asking student's). */
export const getExercise = (id: string) =>
  request<ExerciseState>('GET', `/api/exercises/${encodeURIComponent(id)}`)
