import * as Y from 'yjs'
import { decodeStateVectorMap, isCoveredBy } from '../../../cases/contracts/yjsMessages'

/** Whether the live connection is up. */
export type Connection = 'connecting' | 'online' | 'offline'

/** What the state line shows, derived from the connection and the last SAVED acknowledgement. */
export interface SaveState {
  connection: Connection
  /** The server confirmed that everything in the local document is durably stored. */
  saved: boolean
  /** A SAVED acknowledgement arrived on the current connection, so `saved` is current. */
  acked: boolean
  /** The server closed the connection for good (a terminal close code), with why. */
  closed: { code: number; reason: string } | null
}

/**
 * Tracks connection and durable-save state for one document as an external store for React.
 * "Saved" is true only when the last stored state vector from the server covers the local one.
 */
export class SaveTracker {
  private state: SaveState = {
    connection: 'connecting',
    saved: false,
    acked: false,
    closed: null,
  }
  private stored: Map<number, number> | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', this.recompute)
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** For useSyncExternalStore: the same object until something changes. */
  getSnapshot = (): SaveState => this.state

  /** The server's stored state vector arrived (a SAVED message). */
  onSaved(storedStateVector: Uint8Array): void {
    this.stored = decodeStateVectorMap(storedStateVector)
    this.set({ acked: true })
    this.recompute()
  }

  /** The connection changed. */
  setConnection(connection: Connection): void {
    this.set(connection === 'online' ? { connection } : { connection, acked: false })
  }

  /** The server ended the connection with a terminal close code. */
  setClosed(closed: { code: number; reason: string }): void {
    this.set({ closed, connection: 'offline', acked: false })
  }

  destroy(): void {
    this.doc.off('update', this.recompute)
    this.listeners.clear()
  }

  private recompute = (): void => {
    const local = decodeStateVectorMap(Y.encodeStateVector(this.doc))
    this.set({ saved: this.stored !== null && isCoveredBy(local, this.stored) })
  }

  private set(patch: Partial<SaveState>): void {
    const next = { ...this.state, ...patch }
    if (
      next.connection === this.state.connection &&
      next.saved === this.state.saved &&
      next.acked === this.state.acked &&
      next.closed === this.state.closed
    )
      return
    this.state = next
    for (const listener of this.listeners) listener()
  }
}
