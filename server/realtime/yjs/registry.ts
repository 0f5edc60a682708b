import type { DocumentRoom } from '../../documents'

/** What the registry needs to know about a live document connection. */
export interface RegisteredConnection {
  readonly workspaceId: string
  readonly userId: string
  close(code: number, reason: string): void
}

/**
 * The open document connections of one server, for closing them when access changes or the server stops,
 * and the presence (awareness) client ids each connection has claimed per room.
 */
export class ConnectionRegistry<C extends RegisteredConnection = RegisteredConnection> {
  private readonly connections = new Set<C>()
  private readonly presence = new WeakMap<DocumentRoom, Map<number, C>>()
  private readonly listeners = new Set<(connection: C) => void>()

  add(connection: C): void {
    this.connections.add(connection)
    for (const listener of this.listeners) listener(connection)
  }

  remove(connection: C): void {
    if (!this.connections.delete(connection)) return
    for (const listener of this.listeners) listener(connection)
  }

  /** Hear every connection added or removed (the live overview counts who is online). Returns the stop function. */
  onChange(listener: (connection: C) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Connections of one user. */
  ofUser(userId: string): C[] {
    return [...this.connections].filter((c) => c.userId === userId)
  }

  /** Connections to one workspace. */
  ofWorkspace(workspaceId: string): C[] {
    return [...this.connections].filter((c) => c.workspaceId === workspaceId)
  }

  /** Every connection. */
  all(): C[] {
    return [...this.connections]
  }

  /** The connection that publishes presence under this client id in this room, if any. */
  presenceOwner(room: DocumentRoom, clientId: number): C | undefined {
    return this.presence.get(room)?.get(clientId)
  }

  /** Record that a connection publishes presence under this client id. */
  claimPresence(room: DocumentRoom, clientId: number, connection: C): void {
    let claims = this.presence.get(room)
    if (!claims) this.presence.set(room, (claims = new Map()))
    claims.set(clientId, connection)
  }

  /** Forget a connection's presence claim. */
  releasePresence(room: DocumentRoom, clientId: number, connection: C): void {
    const claims = this.presence.get(room)
    if (claims?.get(clientId) === connection) claims.delete(clientId)
  }
}
