import type { ClassRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { newId } from './secrets'

/**
 * Give a team its workspace for each of these assignments (skipping ones it has): the document is created
 * and stored first, then the record is added, so a listed workspace always has a document.
 */
export async function addTeamWorkspaces(
  ctx: ServiceContext,
  record: ClassRecord,
  teamId: string,
  assignmentIds: readonly string[],
): Promise<void> {
  for (const assignmentId of assignmentIds) {
    const assignment = record.assignments.find((a) => a.id === assignmentId)
    if (!assignment) continue
    if (record.workspaces.some((w) => w.assignmentId === assignmentId && w.teamId === teamId)) continue
    const id = newId()
    await ctx.documents.create(id, assignment.templates)
    record.workspaces.push({ id, assignmentId, teamId, createdAt: new Date().toISOString() })
  }
}

/**
 * The assignments a team gets a workspace in: every ordinary assignment (members may join later); a live exercise
 * not ended only once the team has members, so empty teams do not clutter the control room or the projector.
 */
export function assignmentsForTeam(record: ClassRecord, teamId: string): string[] {
  const hasMembers = record.students.some((s) => s.teamId === teamId)
  return record.assignments
    .filter((a) => !a.exercise || (a.exercise.status !== 'ended' && hasMembers))
    .map((a) => a.id)
}

/** A student was placed in a team: the team gets the workspaces it lacked (a live exercise's, if it was empty). */
export function giveTeamItsWorkspaces(ctx: ServiceContext, record: ClassRecord, teamId: string | null) {
  return teamId
    ? addTeamWorkspaces(ctx, record, teamId, assignmentsForTeam(record, teamId))
    : Promise.resolve()
}

/** Delete the documents of these workspaces and tell the real-time layer to close their connections. */
export async function deleteWorkspaces(ctx: ServiceContext, workspaceIds: readonly string[]): Promise<void> {
  for (const workspaceId of workspaceIds) {
    await ctx.documents.delete(workspaceId)
    ctx.events.emit('workspace:deleted', { workspaceId })
  }
}
