import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { SnapshotSummary } from '../../cases/contracts/history'
import { senderOf } from '../documents/origin'
import type { DomainEvents } from '../events'
import type { Logger } from '../logger'
import type { Storage } from '../storage/types'
import { latestTakenAt } from './latest'
import { pruneHistory } from './retention'

/** What the recorder needs of a loaded workspace room (server/documents' DocumentRoom has all of it). */
export interface HistoryRoom {
  readonly workspaceId: string
  readonly doc: Y.Doc
  /** Listen to completed document saves. */
  onSaved(listener: (stateVector: Uint8Array) => void): () => void
}

/** Takes the periodic snapshots of the rooms it is attached to. */
export interface HistoryRecorder {
  /** Follow a room's changes and saves; resolves once it knows the room's last snapshot. Called once per room. */
  attach(room: HistoryRoom): Promise<void>
}

/** Where a room stands against its history. */
interface Entry {
  /** Changed since the last snapshot. */
  dirty: boolean
  /** Time of the last snapshot (ms since epoch; 0 before the first). */
  lastTakenAt: number
  /** Members whose edits came in since the last snapshot. */
  users: Set<string>
}

/**
 * Periodic snapshots while a team works: when a room has saved, changed since its last snapshot, and that snapshot
 * is older than `intervalMs`, its state is encoded once and written to a file of its own (asynchronously, never on
 * the per-message path). Idle rooms never save, so they take none. `intervalMs` 0 turns periodic snapshots off.
 */
export function createHistoryRecorder(deps: {
  storage: Storage
  events: DomainEvents
  logger: Logger
  intervalMs: number
  /** Whether the workspace takes no updates (submitted): its submission is its snapshot. */
  isLocked(workspaceId: string): boolean
}): HistoryRecorder {
  const { storage, events, logger, intervalMs } = deps
  const live = new Map<string, Entry>()

  // A submission is a snapshot (the version's state), and so is the state kept before a restore.
  events.on('workspace:locked', ({ workspaceId, version }) => {
    const entry = live.get(workspaceId)
    if (!entry) return
    entry.lastTakenAt = Math.max(entry.lastTakenAt, Date.parse(version.submittedAt))
    entry.dirty = false
    entry.users.clear()
  })
  events.on('history:snapshot', ({ change }) => {
    const entry = live.get(change.workspaceId)
    if (entry) entry.lastTakenAt = Math.max(entry.lastTakenAt, Date.parse(change.snapshot.takenAt))
  })

  /** Tell the team and the class's lecturers (the class is looked up only now, once per snapshot). */
  async function announce(workspaceId: string, snapshot: SnapshotSummary): Promise<void> {
    const record = await storage.classes.findByWorkspace(workspaceId)
    const teamId = record?.workspaces.find((w) => w.id === workspaceId)?.teamId
    if (!record || !teamId) return
    events.emit('history:snapshot', { classId: record.id, teamId, change: { workspaceId, snapshot } })
  }

  function take(room: HistoryRoom, entry: Entry): void {
    const previous = { lastTakenAt: entry.lastTakenAt, users: [...entry.users] }
    const takenAt = new Date()
    const snapshot = {
      id: randomUUID(),
      takenAt: takenAt.toISOString(),
      reason: 'periodic' as const,
      byUserIds: previous.users,
    }
    const state = Y.encodeStateAsUpdate(room.doc)
    entry.dirty = false
    entry.users.clear()
    entry.lastTakenAt = takenAt.getTime()
    // create() queues its write synchronously, so closing the storage after the rooms' last save waits for it.
    storage.history.create(room.workspaceId, { ...snapshot, state }).then(
      () => {
        void pruneHistory(storage, room.workspaceId, logger)
        const { id, takenAt: at, reason } = snapshot
        announce(room.workspaceId, { id, takenAt: at, reason }).catch((error: unknown) => {
          logger.error(`announcing a snapshot of ${room.workspaceId} failed`, error)
        })
      },
      (error: unknown) => {
        entry.dirty = true
        entry.lastTakenAt = previous.lastTakenAt
        for (const user of previous.users) entry.users.add(user)
        logger.error(`storing a snapshot of ${room.workspaceId} failed; retrying with the next save`, error)
      },
    )
  }

  /**
   * Where a room stands when it loads: its newest snapshot's time. It counts as unchanged: every save follows a
   * change, which marks it changed, and the snapshot that change leads to holds whatever came before it too.
   */
  async function initialEntry(room: HistoryRoom): Promise<Entry> {
    const entry: Entry = { dirty: false, lastTakenAt: 0, users: new Set() }
    try {
      entry.lastTakenAt = await latestTakenAt(storage, room.workspaceId)
    } catch (error) {
      logger.error(`reading the history of ${room.workspaceId} failed; snapshots start afresh`, error)
    }
    return entry
  }

  return {
    async attach(room) {
      const entry = await initialEntry(room)
      live.set(room.workspaceId, entry)
      const onTransaction = (tr: Y.Transaction) => {
        if (tr.changed.size === 0 && tr.deleteSet.clients.size === 0) return
        entry.dirty = true
        const userId = senderOf(tr.origin)
        if (userId) entry.users.add(userId)
      }
      room.doc.on('afterTransaction', onTransaction)
      room.onSaved(() => {
        if (intervalMs === 0 || !entry.dirty || deps.isLocked(room.workspaceId)) return
        if (Date.now() - entry.lastTakenAt >= intervalMs) take(room, entry)
      })
      room.doc.on('destroy', () => {
        room.doc.off('afterTransaction', onTransaction)
        if (live.get(room.workspaceId) === entry) live.delete(room.workspaceId)
      })
    },
  }
}
