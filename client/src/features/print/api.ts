import type { WorkspaceDetail } from '../../../../cases/contracts/http'
import type { AnalysisExport } from '../../../../cases/export/envelope'
import type { VersionSummary } from '../../../../cases/contracts/http'
import { request } from '../../api/client'

/** A stored version: the export envelope plus who submitted it and when. */
export type StoredVersion = AnalysisExport & VersionSummary

/** What the print view shows: the workspace, and either its live export or one stored version. */
export interface PrintData {
  workspace: WorkspaceDetail
  result: AnalysisExport
  version: StoredVersion | null
}

const path = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`

/** Load the workspace and its live export, or version `n` when given. */
export async function loadPrintData(workspaceId: string, version: number | null): Promise<PrintData> {
  const [workspace, result] = await Promise.all([
    request<WorkspaceDetail>('GET', path(workspaceId)),
    version === null
      ? request<AnalysisExport>('GET', `${path(workspaceId)}/export`)
      : request<StoredVersion>('GET', `${path(workspaceId)}/versions/${version}`),
  ])
  return { workspace, result, version: version === null ? null : (result as StoredVersion) }
}
