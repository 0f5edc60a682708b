import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { getTemplate } from '../../cases/templates'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import type { StoredDocument } from '../storage/types'
import { projectDocument } from './projection'
import { SaveScheduler, type SaveTiming } from './saveScheduler'

/** Whatever is attached to a room (a WebSocket connection); the room only needs to be able to close it. */
export interface RoomConnection {
  close(code: number, reason: string): void
}

/** What a room needs from the outside to persist itself. */
export interface RoomDeps {
  store(snapshot: StoredDocument): Promise<void>
  timing: SaveTiming
  onSaveError(error: unknown): void
}

/**
 * One loaded workspace document: the Y.Doc, its awareness, who owns which Yjs client id, and its saving.
 * Every update applied to the doc is scheduled for saving; after each save the stored state vector is
 * recorded and `onSaved` listeners hear it (the transport turns that into durable-save acknowledgements).
 */
export class DocumentRoom {
  readonly doc = new Y.Doc()
  readonly awareness: Awareness
  readonly connections = new Set<RoomConnection>()
  /** State vector of what is durably stored. */
  storedStateVector: Uint8Array
  /** True when loading added fields a newer template brought (the manager stores them before anyone syncs). */
  readonly upgraded: boolean
  /** Set while the room is being unloaded or deleted; it must not be used any more. */
  closing: Promise<void> | null = null
  private readonly clientOwners: Map<number, string>
  private readonly savedListeners = new Set<(stateVector: Uint8Array) => void>()
  private readonly scheduler: SaveScheduler
  private readonly templates: string[]

  constructor(
    readonly workspaceId: string,
    stored: StoredDocument,
    private readonly deps: RoomDeps,
  ) {
    this.templates = [...stored.templates]
    this.clientOwners = new Map(Object.entries(stored.clientOwners).map(([id, owner]) => [Number(id), owner]))
    Y.applyUpdate(this.doc, stored.state)
    this.storedStateVector = Y.encodeStateVector(this.doc)
    this.awareness = new Awareness(this.doc)
    // The server publishes no presence of its own.
    this.awareness.setLocalState(null)
    this.scheduler = new SaveScheduler(() => this.save(), deps.timing, deps.onSaveError)
    this.doc.on('update', () => this.scheduler.schedule())
    // Templates may have gained fields since this workspace was stored: add them before anyone syncs.
    this.upgraded = ensureWorkspaceStructure(this.doc, this.templates.map(getTemplate))
  }

  /** The member a Yjs client id is bound to, if any. */
  ownerOf(clientId: number): string | undefined {
    return this.clientOwners.get(clientId)
  }

  /** Bind an unbound Yjs client id to a member (persisted with the next save). */
  bind(clientId: number, memberId: string): void {
    if (this.clientOwners.has(clientId)) return
    this.clientOwners.set(clientId, memberId)
    this.scheduler.schedule()
  }

  /** Listen to completed saves; returns the unsubscribe function. */
  onSaved(listener: (stateVector: Uint8Array) => void): () => void {
    this.savedListeners.add(listener)
    return () => this.savedListeners.delete(listener)
  }

  /** Save now whatever is unsaved. */
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
    this.savedListeners.clear()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private async save(): Promise<void> {
    // Captured synchronously, so the state vector describes exactly the bytes stored.
    const stateVector = Y.encodeStateVector(this.doc)
    await this.deps.store({
      state: Y.encodeStateAsUpdate(this.doc),
      templates: this.templates,
      clientOwners: Object.fromEntries([...this.clientOwners].map(([id, owner]) => [String(id), owner])),
      projection: projectDocument(this.doc, this.templates),
      updatedAt: new Date().toISOString(),
    })
    this.storedStateVector = stateVector
    for (const listener of [...this.savedListeners]) listener(stateVector)
  }
}
