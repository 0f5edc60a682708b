import type { CaseBody, CaseListItem, CaseView } from '../../../../cases/contracts/http'
import { request } from '../../api/client'

/** GET /api/cases: the library, then the lecturer's own cases. */
export const listCaseItems = () => request<CaseListItem[]>('GET', '/api/cases')
/** GET /api/cases/:caseId */
export const getCase = (caseId: string) =>
  request<CaseView>('GET', `/api/cases/${encodeURIComponent(caseId)}`)
/** POST /api/cases */
export const createCase = (body: CaseBody) => request<CaseView>('POST', '/api/cases', body)
/** PUT /api/cases/:caseId (a whole replacement) */
export const updateCase = (caseId: string, body: CaseBody) =>
  request<CaseView>('PUT', `/api/cases/${encodeURIComponent(caseId)}`, body)
/** DELETE /api/cases/:caseId */
export const deleteCase = (caseId: string) =>
  request<void>('DELETE', `/api/cases/${encodeURIComponent(caseId)}`)
