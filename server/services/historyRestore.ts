import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { RestoreResult, SnapshotSummary } from '../../cases/contracts/history'
import type { TemplateDef } from '../../cases/templates/types'
import { documentHardLimit } from '../documents/sizeLimit'
import { restoreSnapshot } from '../history/reconcile'
import { pruneHistory } from '../history/retention'
import type { ServiceContext } from './context'
import { AppError, refused } from './errors'
import type { LoadedSnapshot } from './historySnapshots'
import { withSnapshotDoc } from './historySnapshots'
import { DocumentLockedError, DocumentTooLargeError } from './ports'

/** 413: the restore could take the document past its hard size limit. */
function tooLarge(): AppError {
  return new AppError(
    'document_too_large',
    'Restoring this snapshot would make the document too large; delete some text first.',
  )
}

/** Tries at keeping the exact state a restore replaces before applying it anyway (see restoreAsEdit). */
const ATTEMPTS = 3

/**
 * Keep the live state as a 'restore' snapshot, then apply `target` to the live document as one edit under a
 * member's origin. The snapshot is stored first, so a restore whose "before" could not be kept changes nothing; if
 * the team edited while it was being written, the state is kept again, so "before" holds what the restore replaced.
 * The restore re-adds at most the snapshot's content, so it is refused (413, before anything is kept) when the live
 * document plus the snapshot would pass the hard size limit: restores count against the limit like any edit.
 * No authorisation: callers check (and serialise restores of one workspace).
 */
export async function restoreAsEdit(
  ctx: ServiceContext,
  workspaceId: string,
  target: LoadedSnapshot,
  templates: readonly TemplateDef[],
  who: { userId: string; classId: string; teamId: string },
): Promise<RestoreResult> {
  const { userId, classId, teamId } = who
  const origin = { userId, restoredFrom: target.summary.id }
  for (let attempt = 1; ; attempt++) {
    const { state, mark } = await ctx.documents.read(workspaceId, (doc) => ({
      state: Y.encodeStateAsUpdate(doc),
      mark: Y.snapshot(doc),
    }))
    const adds = target.state.byteLength
    if (state.byteLength + adds > documentHardLimit(ctx.config)) throw tooLarge()
    const before: SnapshotSummary = { id: randomUUID(), takenAt: new Date().toISOString(), reason: 'restore' }
    await ctx.storage.history.create(workspaceId, {
      ...before,
      reason: 'restore',
      byUserIds: [userId],
      state,
    })
    void pruneHistory(ctx.storage, workspaceId, ctx.logger)
    ctx.events.emit('history:snapshot', {
      classId,
      teamId,
      change: { workspaceId, snapshot: before, restoredBy: userId },
    })
    try {
      const applied = await ctx.documents.change(
        workspaceId,
        (doc) => {
          if (attempt < ATTEMPTS && !Y.equalSnapshots(mark, Y.snapshot(doc))) return false
          withSnapshotDoc(target.state, (old) => restoreSnapshot(doc, old, templates, origin), templates)
          return true
        },
        adds,
      )
      if (applied) return { restored: target.summary, before }
    } catch (error) {
      if (error instanceof DocumentLockedError)
        throw refused('workspace_submitted', 'This work is submitted; it cannot be changed.')
      if (error instanceof DocumentTooLargeError) throw tooLarge()
      throw error
    }
  }
}
