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

/** Delete the documents of these workspaces and tell the real-time layer to close their connections. */
export async function deleteWorkspaces(ctx: ServiceContext, workspaceIds: readonly string[]): Promise<void> {
  for (const workspaceId of workspaceIds) {
    await ctx.documents.delete(workspaceId)
    ctx.events.emit('workspace:deleted', { workspaceId })
  }
}
