import type { StudentClassView } from '../../../cases/contracts/http'
import { request } from './client'

/** GET /api/me/class: the student's class with its teams. */
export const getMyClass = () => request<StudentClassView>('GET', '/api/me/class')
/** PUT /api/me/team */
export const pickTeam = (teamId: string) => request<unknown>('PUT', '/api/me/team', { teamId })
