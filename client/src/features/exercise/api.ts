import type {
  CreatedExercise,
  CreateExerciseBody,
  ExerciseOverview,
  ExerciseState,
  FormedExerciseTeams,
} from '../../../../cases/contracts/exercises'
import { request } from '../../api/client'

const ex = (id: string) => `/api/exercises/${encodeURIComponent(id)}`

/** POST /api/classes/:classId/exercises: start a live exercise now. */
export const startExercise = (classId: string, body: CreateExerciseBody) =>
  request<CreatedExercise>('POST', `/api/classes/${encodeURIComponent(classId)}/exercises`, body)
/** GET /api/exercises/:id/overview: every team's progress now (also after the end). */
export const getOverview = (id: string) => request<ExerciseOverview>('GET', `${ex(id)}/overview`)
/** POST /api/exercises/:id/pause|resume|end */
export const controlExercise = (id: string, action: 'pause' | 'resume' | 'end') =>
  request<ExerciseState>('POST', `${ex(id)}/${action}`)
/** POST /api/exercises/:id/extend */
export const extendExercise = (id: string, minutes: number) =>
  request<ExerciseState>('POST', `${ex(id)}/extend`, { minutes })
/** POST /api/exercises/:id/broadcast */
export const broadcast = (id: string, message: string) =>
  request<unknown>('POST', `${ex(id)}/broadcast`, { message })
/** POST /api/exercises/:id/teams: form teams of `teamSize` from the students without a team. */
export const formExerciseTeams = (id: string, teamSize: number) =>
  request<FormedExerciseTeams>('POST', `${ex(id)}/teams`, { teamSize })
