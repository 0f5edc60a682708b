import type { PutSelfCheckBody, SelfCheckView } from '../../../../cases/contracts/selfCheck'
import { request } from '../../api/client'

const path = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/self-check`

/** GET /api/workspaces/:id/self-check */
export function getSelfCheck(workspaceId: string): Promise<SelfCheckView> {
  return request<SelfCheckView>('GET', path(workspaceId))
}

/** PUT /api/workspaces/:id/self-check */
export function putSelfCheck(workspaceId: string, body: PutSelfCheckBody): Promise<SelfCheckView> {
  return request<SelfCheckView>('PUT', path(workspaceId), body)
}
