import type { CaseSummary, TemplateSummary } from '../../../cases/contracts/http'
import { request } from './client'

/** GET /api/cases */
export const listCases = () => request<CaseSummary[]>('GET', '/api/cases')
/** GET /api/templates */
export const listTemplates = () => request<TemplateSummary[]>('GET', '/api/templates')
