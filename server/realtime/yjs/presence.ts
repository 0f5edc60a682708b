import { applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import type { DocumentRoom } from '../../documents'
import { sanitizeAwarenessUpdate, type PresenceIdentity } from './awarenessFilter'
import type { ConnectionRegistry, RegisteredConnection } from './registry'

/**
 * The presence (awareness) one connection publishes in a room: a single Yjs client id — the first it uses,
 * unless that id is bound to another member or published by another live connection — stamped with the
 * member's identity, and removed when the connection ends.
 */
export class ConnectionPresence<C extends RegisteredConnection> {
  private clientId: number | null = null

  constructor(
    private readonly room: DocumentRoom,
    private readonly connection: C,
    private readonly registry: ConnectionRegistry<C>,
    private readonly identity: PresenceIdentity,
  ) {}

  /** Apply a client's awareness update after sanitising it; the room's awareness relays it to peers. */
  publish(update: Uint8Array): void {
    const sanitized = sanitizeAwarenessUpdate(update, (id) => this.mayPublish(id), this.identity)
    if (sanitized) applyAwarenessUpdate(this.room.awareness, sanitized, this.connection)
  }

  /** Remove this connection's presence (it closed). */
  release(): void {
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
