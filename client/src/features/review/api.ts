import type { AssignmentInstructions } from '../../../../cases/contracts/confirmations'
import type { ClassOverview } from '../../../../cases/contracts/overview'
import type { PutGradeBody, PutRubricBody, Rubric, WorkspaceGrade } from '../../../../cases/contracts/grades'
import type { Assignment } from '../../../../cases/contracts/http'
import type { WorkspaceContributions } from '../../../../cases/contributions/figures'
import type { AnalysisExport } from '../../../../cases/export/envelope'
import { request } from '../../api/client'

const ws = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`

/** GET /api/workspaces/:id/export: the live content. */
export const getExport = (id: string) => request<AnalysisExport>('GET', `${ws(id)}/export`)
/** POST /api/workspaces/:id/return (lecturers) */
export const returnWork = (id: string) => request<{ status: 'open' }>('POST', `${ws(id)}/return`)
/** GET /api/workspaces/:id/contributions */
export const getContributions = (id: string) =>
  request<WorkspaceContributions>('GET', `${ws(id)}/contributions`)

/** PUT /api/assignments/:id/rubric (lecturers): replaces the criteria */
export const putRubric = (assignmentId: string, body: PutRubricBody) =>
  request<Rubric>('PUT', `/api/assignments/${encodeURIComponent(assignmentId)}/rubric`, body)
/** POST /api/assignments/:id/rubric/reset (lecturers): the templates' current defaults replace the criteria */
export const resetRubric = (assignmentId: string) =>
  request<Rubric>('POST', `/api/assignments/${encodeURIComponent(assignmentId)}/rubric/reset`)
/** PUT /api/assignments/:assignmentId/settings (lecturers) */
export const putAssignmentSettings = (
  assignmentId: string,
  body: {
    showContributionsToTeam?: boolean
    allMustConfirm?: boolean
    instructions?: AssignmentInstructions
  },
) => request<Assignment>('PUT', `/api/assignments/${encodeURIComponent(assignmentId)}/settings`, body)
/** GET /api/workspaces/:id/grade (a lecturer always gets the whole grade) */
export const getGrade = (id: string) => request<WorkspaceGrade>('GET', `${ws(id)}/grade`)
/** PUT /api/workspaces/:id/grade */
export const putGrade = (id: string, body: PutGradeBody) =>
  request<WorkspaceGrade>('PUT', `${ws(id)}/grade`, body)
/** POST /api/workspaces/:id/grade/release or /unrelease */
export const setReleased = (id: string, released: boolean) =>
  request<WorkspaceGrade>('POST', `${ws(id)}/grade/${released ? 'release' : 'unrelease'}`)

/** GET /api/classes/:classId/overview: the dashboard's figures per workspace */
export const getOverview = (classId: string) =>
  request<ClassOverview>('GET', `/api/classes/${encodeURIComponent(classId)}/overview`)
