import type { AssignmentInstructions, SubmitConfirmations } from '../../cases/contracts/confirmations'
import type { AssignmentRecord, ClassRecord, WorkspaceRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { teamMembers } from './exportEnvelope'
import { workspaceStatus } from './workspaceStatus'

/**
 * Who has confirmed the submission and who still has to, counted against the team's members now: a member who
 * left no longer counts, a new member still has to confirm.
 */
export function confirmationState(
  record: ClassRecord,
  workspace: WorkspaceRecord,
  assignment: AssignmentRecord | undefined,
): SubmitConfirmations {
  const members = teamMembers(record, workspace.teamId)
  const required = assignment?.allMustConfirm ?? false
  const confirmedIds = new Set((workspace.confirmations ?? []).map((c) => c.id))
  if (!required || workspaceStatus(workspace) === 'submitted') return { required, confirmed: [], pending: [] }
  return {
    required,
    confirmed: members.filter((m) => confirmedIds.has(m.id)),
    pending: members.filter((m) => !confirmedIds.has(m.id)),
  }
}

/** Drop the confirmations of people no longer in the workspace's team; true when any was dropped. */
export function pruneConfirmations(record: ClassRecord, workspace: WorkspaceRecord): boolean {
  if (!workspace.confirmations?.length) return false
  const members = new Set(teamMembers(record, workspace.teamId).map((m) => m.id))
  const kept = workspace.confirmations.filter((c) => members.has(c.id))
  if (kept.length === workspace.confirmations.length) return false
  workspace.confirmations = kept
  return true
}

/** Announce a workspace's confirmations to its team and the class's lecturers. */
export function announceConfirmations(
  ctx: ServiceContext,
  record: ClassRecord,
  workspace: WorkspaceRecord,
): void {
  const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
  ctx.events.emit('workspace:confirmations', {
    classId: record.id,
    teamId: workspace.teamId,
    workspaceId: workspace.id,
    state: confirmationState(record, workspace, assignment),
  })
}

/** Instructions as stored: trimmed, empty languages dropped, undefined when none is left. */
export function cleanInstructions(
  instructions: AssignmentInstructions | undefined,
): AssignmentInstructions | undefined {
  if (!instructions) return undefined
  const out: AssignmentInstructions = {}
  if (instructions.id?.trim()) out.id = instructions.id.trim()
  if (instructions.en?.trim()) out.en = instructions.en.trim()
  return out.id || out.en ? out : undefined
}
