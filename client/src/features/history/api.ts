import type {
  FieldDiff,
  RestoreResult,
  SnapshotSummary,
  SnapshotView,
} from '../../../../cases/contracts/history'
import { request } from '../../api/client'

const base = (id: string) => `/api/workspaces/${encodeURIComponent(id)}/history`

/** GET …/history: every snapshot, newest first. */
export const listSnapshots = (workspaceId: string) => request<SnapshotSummary[]>('GET', base(workspaceId))

/** GET …/history/:snapshotId: the export envelope of the document as the snapshot holds it. */
export const getSnapshot = (workspaceId: string, snapshotId: string) =>
  request<SnapshotView>('GET', `${base(workspaceId)}/${encodeURIComponent(snapshotId)}`)

/** GET …/history/diff: the word diff of one text field between two snapshots (or `current`). */
export function getDiff(workspaceId: string, from: string, to: string, field: string) {
  const query = new URLSearchParams({ from, to, field })
  return request<FieldDiff>('GET', `${base(workspaceId)}/diff?${query.toString()}`)
}

/** POST …/history/:snapshotId/restore: the snapshot's content becomes one new edit of the live document. */
export const restoreSnapshot = (workspaceId: string, snapshotId: string) =>
  request<RestoreResult>('POST', `${base(workspaceId)}/${encodeURIComponent(snapshotId)}/restore`)
