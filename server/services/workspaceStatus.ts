import { SYSTEM_SUBMITTER_ID, type WorkspaceStatus } from '../../cases/contracts/http'
import type { AssignmentRecord, WorkspaceRecord } from '../storage/types'

/** A workspace's status; records that predate submissions are open. */
export function workspaceStatus(workspace: WorkspaceRecord): WorkspaceStatus {
  return workspace.status ?? 'open'
}

/**
 * Late: submitted after the due time, or still open after it. A lock at the due time is the deadline
 * itself, so it is not late.
 */
export function isLate(
  workspace: WorkspaceRecord,
  assignment: Pick<AssignmentRecord, 'dueAt'>,
  now = new Date(),
): boolean {
  if (!assignment.dueAt) return false
  const due = Date.parse(assignment.dueAt)
  const last = workspace.lastSubmission
  if (workspaceStatus(workspace) === 'open' || !last) return now.getTime() > due
  return last.submittedBy.id !== SYSTEM_SUBMITTER_ID && Date.parse(last.submittedAt) > due
}
