import type { UpdateClassBody } from '../../cases/contracts/http'
import type { ClassRecord } from '../storage/types'
import { classArchived, type ServiceContext } from './context'
import { workspaceStatus } from './workspaceStatus'

/** While a class is archived the only change is `{archived}` alone (`false` unarchives; `true` changes nothing). */
export function assertArchiveChangeAllowed(record: ClassRecord, body: UpdateClassBody): void {
  if (!record.archived) return
  const others = Object.entries(body).some(([key, value]) => key !== 'archived' && value !== undefined)
  if (others || body.archived === undefined) throw classArchived()
}

/** Workspaces whose documents stay locked when the class is not archived: submitted, or in a paused exercise. */
function lockedAnyway(record: ClassRecord, workspaceId: string): boolean {
  const workspace = record.workspaces.find((w) => w.id === workspaceId)
  if (!workspace || workspaceStatus(workspace) === 'submitted') return true
  const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
  return assignment?.exercise?.status === 'paused'
}

/**
 * Follow an `archived` change with the documents, inside the class lock and before the record is written (so
 * a connection opened meanwhile never gets a role its document contradicts): archiving locks every workspace's
 * document, unarchiving unlocks those not locked for another reason. Returns the workspaces whose access changed
 * and a function undoing it, for when the record cannot be written.
 */
export async function followArchive(
  ctx: ServiceContext,
  record: ClassRecord,
  wasArchived: boolean,
): Promise<{ workspaceIds: string[]; undo: () => Promise<void> }> {
  const ids = record.workspaces.map((w) => w.id)
  if (record.archived && !wasArchived) {
    const locked = ids.filter((id) => !ctx.documents.isLocked(id))
    const undo = async () => locked.forEach((id) => ctx.documents.unlock(id))
    try {
      for (const id of locked) await ctx.documents.lock(id)
    } catch (error) {
      // A document that could not be stored (a full disk): the class stays as it was, and so do the others.
      await undo()
      throw error
    }
    return { workspaceIds: ids, undo }
  }
  if (!record.archived && wasArchived) {
    const reopened = ids.filter((id) => !lockedAnyway(record, id))
    for (const id of reopened) ctx.documents.unlock(id)
    return {
      workspaceIds: reopened,
      undo: async () => {
        for (const id of reopened) await ctx.documents.lock(id)
      },
    }
  }
  return { workspaceIds: [], undo: async () => undefined }
}
