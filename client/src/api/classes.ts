import type {
  Assignment,
  ClassDetail,
  ClassSummary,
  CreateAssignmentBody,
  NewReturnCode,
  Team,
  UpdateClassBody,
  UpdateStudentBody,
} from '../../../cases/contracts/http'
import { request } from './client'

const base = (classId: string) => `/api/classes/${encodeURIComponent(classId)}`

/** GET /api/classes */
export const listClasses = () => request<ClassSummary[]>('GET', '/api/classes')
/** POST /api/classes */
export const createClass = (name: string) => request<ClassSummary>('POST', '/api/classes', { name })
/** GET /api/classes/:classId */
export const getClass = (classId: string) => request<ClassDetail>('GET', base(classId))
/** PATCH /api/classes/:classId (rename, lock team choice, archive) */
export const updateClass = (classId: string, body: UpdateClassBody) =>
  request<ClassSummary>('PATCH', base(classId), body)
/** DELETE /api/classes/:classId: the class with all its data. */
export const deleteClass = (classId: string) => request<unknown>('DELETE', base(classId))

/** POST /api/classes/:classId/join-code: a new join code (the old one stops working). */
export const regenerateJoinCode = (classId: string) =>
  request<{ joinCode: string }>('POST', `${base(classId)}/join-code`)
/** DELETE /api/classes/:classId/join-code: nobody new can join. */
export const closeJoinCode = (classId: string) => request<unknown>('DELETE', `${base(classId)}/join-code`)

/** POST /api/classes/:classId/teams */
export const addTeam = (classId: string, name: string) =>
  request<Team>('POST', `${base(classId)}/teams`, { name })
/** PATCH /api/classes/:classId/teams/:teamId */
export const renameTeam = (classId: string, teamId: string, name: string) =>
  request<Team>('PATCH', `${base(classId)}/teams/${encodeURIComponent(teamId)}`, { name })
/** DELETE /api/classes/:classId/teams/:teamId */
export const removeTeam = (classId: string, teamId: string) =>
  request<unknown>('DELETE', `${base(classId)}/teams/${encodeURIComponent(teamId)}`)

/** PATCH /api/classes/:classId/students/:studentId (rename, move to a team) */
export const updateStudent = (classId: string, studentId: string, body: UpdateStudentBody) =>
  request<unknown>('PATCH', `${base(classId)}/students/${encodeURIComponent(studentId)}`, body)
/** POST /api/classes/:classId/students/:studentId/return-code: a new return code (the old one stops working). */
export const newReturnCode = (classId: string, studentId: string) =>
  request<NewReturnCode>('POST', `${base(classId)}/students/${encodeURIComponent(studentId)}/return-code`)
/** DELETE /api/classes/:classId/students/:studentId */
export const removeStudent = (classId: string, studentId: string) =>
  request<unknown>('DELETE', `${base(classId)}/students/${encodeURIComponent(studentId)}`)

/** POST /api/classes/:classId/lecturers: add a co-lecturer by e-mail. */
export const addLecturer = (classId: string, email: string) =>
  request<unknown>('POST', `${base(classId)}/lecturers`, { email })
/** DELETE /api/classes/:classId/lecturers/:lecturerId: the owner removes a co-lecturer, or a co-lecturer leaves. */
export const removeLecturer = (classId: string, lecturerId: string) =>
  request<unknown>('DELETE', `${base(classId)}/lecturers/${encodeURIComponent(lecturerId)}`)

/** POST /api/classes/:classId/assignments */
export const createAssignment = (classId: string, body: CreateAssignmentBody) =>
  request<Assignment>('POST', `${base(classId)}/assignments`, body)
