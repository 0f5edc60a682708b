import type { WorkspaceDetail, WorkspaceSummary } from '../../../cases/contracts/http'
import { request } from './client'

/** GET /api/workspaces: a student's team's, or a lecturer's classes'. */
export const listWorkspaces = () => request<WorkspaceSummary[]>('GET', '/api/workspaces')
/** GET /api/workspaces/:id, with the case text. */
export const getWorkspace = (id: string) =>
  request<WorkspaceDetail>('GET', `/api/workspaces/${encodeURIComponent(id)}`)
