import { applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import type { DocumentRoom } from '../../documents'
import { sanitizeAwarenessUpdate, type PresenceIdentity } from './awarenessFilter'
import { LatestWins } from './latestWins'
import type { ConnectionRegistry, RegisteredConnection } from './registry'

/** A connection's presence is relayed at most once per this many ms (the latest state wins). */
export const PRESENCE_INTERVAL_MS = 50

/**
 * The presence (awareness) one connection publishes in a room: a single Yjs client id — the first it uses,
 * unless that id is bound to another member or published by another live connection — stamped with the
 * member's identity, relayed at most once per PRESENCE_INTERVAL_MS, and removed when the connection ends.
 */
export class ConnectionPresence<C extends RegisteredConnection> {
  private clientId: number | null = null
  // Sanitised updates carry this connection's one client id only, so the latest replaces all before it.
  private readonly relay = new LatestWins<Uint8Array>(PRESENCE_INTERVAL_MS, (update) =>
    applyAwarenessUpdate(this.room.awareness, update, this.connection),
  )

  constructor(
    private readonly room: DocumentRoom,
    private readonly connection: C,
    private readonly registry: ConnectionRegistry<C>,
    private readonly identity: PresenceIdentity,
  ) {}

  /**
   * Sanitise a client's awareness update and apply it, now or at the end of the current interval; the
   * room's awareness relays it to peers. Throws on a malformed update.
   */
  publish(update: Uint8Array): void {
    const sanitized = sanitizeAwarenessUpdate(update, (id) => this.mayPublish(id), this.identity)
    if (sanitized) this.relay.push(sanitized)
  }

  /** Remove this connection's presence (it closed); a pending update is dropped. */
  release(): void {
    this.relay.cancel()
    const id = this.clientId
    if (id === null || this.registry.presenceOwner(this.room, id) !== this.connection) return
    this.registry.releasePresence(this.room, id, this.connection)
    removeAwarenessStates(this.room.awareness, [id], this.connection)
  }

  private mayPublish(clientId: number): boolean {
    if (this.clientId !== null) return clientId === this.clientId
    const owner = this.room.ownerOf(clientId)
    if (owner !== undefined && owner !== this.identity.id) return false
    if (this.registry.presenceOwner(this.room, clientId)) return false
    this.clientId = clientId
    this.registry.claimPresence(this.room, clientId, this.connection)
    return true
  }
}
