import type { SubmittedResult, VersionSummary } from '../../../cases/contracts/http'
import type { HiddenGrade, Rubric, WorkspaceGrade } from '../../../cases/contracts/grades'
import type { ConfirmingMember, SubmitConfirmations } from '../../../cases/contracts/confirmations'
import { request } from './client'

const ws = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`

/**
 * POST /api/workspaces/:id/submit: lock the work and store the next version (201), or, when every member must
 * confirm, record this member's confirmation and name who is still pending (202).
 */
export const submitWorkspace = (id: string) =>
  request<VersionSummary | { pending: ConfirmingMember[] }>('POST', `${ws(id)}/submit`)
/** DELETE /api/workspaces/:id/submit/confirmation: withdraw this member's confirmation. */
export const withdrawConfirmation = (id: string) =>
  request<SubmitConfirmations>('DELETE', `${ws(id)}/submit/confirmation`)
/** GET /api/workspaces/:id/versions, oldest first. */
export const listVersions = (id: string) => request<VersionSummary[]>('GET', `${ws(id)}/versions`)
/** GET /api/workspaces/:id/versions/:n: the stored result. */
export const getVersion = (id: string, n: number) =>
  request<SubmittedResult>('GET', `${ws(id)}/versions/${n}`)
/** GET /api/workspaces/:id/grade: the grade once released, else only `released: false`. */
export const getGrade = (id: string) => request<WorkspaceGrade | HiddenGrade>('GET', `${ws(id)}/grade`)
/** GET /api/assignments/:id/rubric: the criteria (students of the class see them, never scores). */
export const getRubric = (assignmentId: string) =>
  request<Rubric>('GET', `/api/assignments/${encodeURIComponent(assignmentId)}/rubric`)
