import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { getTemplate } from '../../cases/templates'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { DocumentUnwritableError } from '../services/ports'
import type { LoggedUpdate, StoredDocument } from '../storage/types'
import type { CommitSource, GroupCommit, PendingRecords } from './groupCommit'
import { senderOf } from './origin'
import { projectDocument } from './projection'
import { DurableBatch, type AppliedUpdate } from './durableBatch'
import { SaveScheduler, type SaveTiming } from './saveScheduler'

/** Whatever is attached to a room (a WebSocket connection); the room only needs to be able to close it. */
export interface RoomConnection {
  close(code: number, reason: string): void
  /** True for a connection whose updates are applied (absent: read-only). */
  readonly writes?: boolean
}

/** What a room needs from the outside to persist itself. */
export interface RoomDeps {
  /** Store a snapshot (the log's compaction). */
  store(snapshot: StoredDocument): Promise<void>
  /** The group commit that makes the room's updates durable. */
  commit: GroupCommit
  /** Pace of snapshots. */
  timing: SaveTiming
  onSaveError(error: unknown): void
}

/** The origin of an update replayed from the log: already durable, so not logged again. */
export class ReplayOrigin {
  constructor(readonly userId: string | null) {}
}

/**
 * One loaded workspace document: the Y.Doc, its awareness, who owns which Yjs client id, and its durability.
 * Every update applied to the doc is logged; the group commit makes it durable, and only then do `onDurable`
 * listeners hear of it (the transport relays it to the other connections and acknowledges it). Snapshots, the
 * log's compaction, are paced by the save scheduler; `onSaved` listeners hear of each.
 */
export class DocumentRoom implements CommitSource {
  readonly doc = new Y.Doc()
  readonly awareness: Awareness
  readonly connections = new Set<RoomConnection>()
  /** State vector of what is durable (in the log or the snapshot). */
  durableStateVector: Uint8Array
  /** Set while the room is being unloaded or deleted; it must not be used any more. */
  closing: Promise<void> | null = null
  private readonly clientOwners: Map<number, string>
  private readonly savedListeners = new Set<(stateVector: Uint8Array) => void>()
  private readonly durableListeners = new Set<(batch: DurableBatch) => void>()
  private readonly scheduler: SaveScheduler
  private readonly templates: string[]
  /** Updates applied but not yet handed to the group commit. */
  private pending: AppliedUpdate[] = []
  private applied = 0
  private durable = 0
  private durableWaiters: { upTo: number; resolve: () => void; reject: (error: Error) => void }[] = []
  /**
   * An upper bound of the size of the document's encoded Yjs state: exact when it was loaded and at each snapshot,
   * plus every update applied since (so no message ever costs a whole-document encode).
   */
  sizeBound: number
  /** Set while its updates cannot be made durable (the log's append failed): it takes no updates until they are. */
  unwritable = false
  private destroyed = false

  constructor(
    readonly workspaceId: string,
    stored: StoredDocument,
    private readonly deps: RoomDeps,
  ) {
    this.templates = [...stored.templates]
    this.clientOwners = new Map(Object.entries(stored.clientOwners).map(([id, owner]) => [Number(id), owner]))
    this.sizeBound = stored.state.byteLength
    Y.applyUpdate(this.doc, stored.state)
    this.durableStateVector = Y.encodeStateVector(this.doc)
    this.awareness = new Awareness(this.doc)
    // The server publishes no presence of its own.
    this.awareness.setLocalState(null)
    this.scheduler = new SaveScheduler(() => this.save(), deps.timing, deps.onSaveError)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.log(update, origin))
  }

  /** Replay log records onto the snapshot, attributed and bound as when they first arrived. */
  replay(records: readonly LoggedUpdate[]): void {
    for (const { update, memberId } of records) {
      if (memberId !== null) {
        for (const [clientId, end] of Y.parseUpdateMeta(update).to) {
          if (end > Y.getState(this.doc.store, clientId)) this.bind(clientId, memberId)
        }
      }
      Y.applyUpdate(this.doc, update, new ReplayOrigin(memberId))
    }
    this.durableStateVector = Y.encodeStateVector(this.doc)
  }

  /** Add fields newer template versions bring (before anyone syncs); true when any were added. */
  upgrade(): boolean {
    return ensureWorkspaceStructure(this.doc, this.templates.map(getTemplate))
  }

  /** The member a Yjs client id is bound to, if any. */
  ownerOf(clientId: number): string | undefined {
    return this.clientOwners.get(clientId)
  }

  /** Bind an unbound Yjs client id to a member (kept by the log record of its update, and the next snapshot). */
  bind(clientId: number, memberId: string): void {
    if (this.clientOwners.has(clientId)) return
    this.clientOwners.set(clientId, memberId)
    this.scheduler.schedule()
  }

  /**
   * Whether applying `update` could take the document past `maxBytes`. Near the limit only, the update is first cut
   * to what the document lacks (a client's re-sent state holds much it has already). Removals alone are always taken,
   * so a full document can always be cleaned up: they cost a few bytes per removed range and free the removed text,
   * so they can at most about double a document's state (every other character removed).
   */
  wouldExceed(update: Uint8Array, maxBytes: number): boolean {
    if (this.sizeBound + update.byteLength <= maxBytes) return false
    const missing = Y.diffUpdate(update, Y.encodeStateVector(this.doc))
    if (Y.parseUpdateMeta(missing).to.size === 0) return false
    return this.sizeBound + missing.byteLength > maxBytes
  }

  /** Listen to completed snapshots; returns the unsubscribe function. */
  onSaved(listener: (stateVector: Uint8Array) => void): () => void {
    this.savedListeners.add(listener)
    return () => this.savedListeners.delete(listener)
  }

  /** Listen to updates becoming durable, in order; returns the unsubscribe function. */
  onDurable(listener: (batch: DurableBatch) => void): () => void {
    this.durableListeners.add(listener)
    return () => this.durableListeners.delete(listener)
  }

  /**
   * Resolves once every update applied so far is durable; rejects with DocumentUnwritableError when appending
   * them fails (they are still retried and may become durable later).
   */
  whenDurable(): Promise<void> {
    if (this.durable >= this.applied) return Promise.resolve()
    const upTo = this.applied
    return new Promise((resolve, reject) => this.durableWaiters.push({ upTo, resolve, reject }))
  }

  /** Take a snapshot now of whatever it does not cover yet. */
  flush(): Promise<void> {
    return this.scheduler.flush()
  }

  /** Stop saving for good (before the stored document is deleted). */
  stopSaving(): Promise<void> {
    return this.scheduler.stop()
  }

  /** Close every attached connection. */
  closeConnections(code: number, reason: string): void {
    for (const connection of [...this.connections]) connection.close(code, reason)
  }

  /** Release memory. */
  destroy(): void {
    this.destroyed = true
    this.pending = []
    this.savedListeners.clear()
    this.durableListeners.clear()
    this.awareness.destroy()
    this.doc.destroy()
    // Nothing will be relayed any more; whoever waits must not wait for ever.
    for (const waiter of this.durableWaiters.splice(0)) waiter.resolve()
  }

  /** @internal The group commit takes everything applied since its last flush. */
  takePending(): PendingRecords | null {
    if (this.destroyed || this.pending.length === 0) return null
    const updates = this.pending
    this.pending = []
    const upTo = this.applied
    // Read now: it describes exactly what this flush makes durable (everything applied is in it or before it).
    const stateVector = Y.encodeStateVector(this.doc)
    return {
      records: updates.map((u) => ({ update: u.update, memberId: senderOf(u.origin) })),
      committed: () => this.committed(new DurableBatch(updates, stateVector), upTo),
      failed: () => {
        if (this.destroyed) return
        this.pending = [...updates, ...this.pending]
        this.deps.commit.markDirty(this)
        this.becameUnwritable()
      },
    }
  }

  /**
   * Its updates cannot be stored: take none until they can. Writers are closed with a transient code, so their
   * clients keep their edits and send them again once they reconnect; waiters hear it.
   */
  private becameUnwritable(): void {
    this.unwritable = true
    for (const connection of [...this.connections]) {
      if (connection.writes) connection.close(CloseCode.STORAGE_UNAVAILABLE, 'cannot store updates now')
    }
    const error = new DocumentUnwritableError(`Updates of workspace ${this.workspaceId} cannot be stored now`)
    for (const waiter of this.durableWaiters.splice(0)) waiter.reject(error)
  }

  private committed(batch: DurableBatch, upTo: number): void {
    if (this.destroyed) return
    this.unwritable = false
    this.durable = upTo
    this.durableStateVector = batch.stateVector
    for (const listener of [...this.durableListeners]) listener(batch)
    const ready = this.durableWaiters.filter((w) => w.upTo <= upTo)
    this.durableWaiters = this.durableWaiters.filter((w) => w.upTo > upTo)
    for (const waiter of ready) waiter.resolve()
  }

  private log(update: Uint8Array, origin: unknown): void {
    this.sizeBound += update.byteLength
    this.scheduler.schedule()
    // Replayed records are in the log already.
    if (origin instanceof ReplayOrigin) return
    this.pending.push({ update, origin })
    this.applied += 1
    this.deps.commit.markDirty(this)
  }

  private async save(): Promise<void> {
    const stateVector = Y.encodeStateVector(this.doc)
    const state = Y.encodeStateAsUpdate(this.doc)
    this.sizeBound = state.byteLength
    // Captured synchronously, just before the store cuts the log: the snapshot covers every record appended so far.
    await this.deps.store({
      state,
      templates: this.templates,
      clientOwners: Object.fromEntries([...this.clientOwners].map(([id, owner]) => [String(id), owner])),
      projection: projectDocument(this.doc, this.templates),
      updatedAt: new Date().toISOString(),
    })
    for (const listener of [...this.savedListeners]) listener(stateVector)
  }
}
