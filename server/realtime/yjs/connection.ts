import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocket, type RawData } from 'ws'
import { CloseCode } from '../../../cases/contracts/closeCodes'
import { MessageType, encodeSavedMessage } from '../../../cases/contracts/yjsMessages'
import type { Config } from '../../config'
import type { DocumentManager, DocumentRoom } from '../../documents'
import type { DurableBatch } from '../../documents/durableBatch'
import { RecoveredOrigin } from '../../documents/origin'
import { documentHardLimit } from '../../documents/sizeLimit'
import type { Logger } from '../../logger'
import type { AuthUser, WorkspaceRole } from '../../services/ports'
import { awarenessMessage, relayMessage, syncStep1Message, syncStep2Message } from './messages'
import { ConnectionPresence } from './presence'
import type { ConnectionRegistry } from './registry'
import { checkUpdate } from './updateGuard'

/** Everything a document connection knows about itself and the server. */
export interface ConnectionContext {
  workspaceId: string
  user: AuthUser
  role: WorkspaceRole
  /** The session token, kept to re-check access when memberships change. */
  token: string
  /** Opted in to durable-save acknowledgements (`?ack=1`). */
  ack: boolean
  documents: DocumentManager
  registry: ConnectionRegistry<YjsConnection>
  config: Config
  logger: Logger
}

const HEARTBEAT_MS = 30_000
/** Close a connection whose unsent backlog exceeds this many times the message limit. */
const SEND_BUFFER_FACTOR = 8
/** A stock client sends a handful of messages before its room is loaded; far more is abuse. */
const MAX_QUEUED = 256

class BadMessage extends Error {}

/** A Uint8Array view of whatever `ws` delivered. */
function toBytes(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/**
 * One client's y-websocket connection to a workspace room: sync, updates (checked and attributed), awareness
 * (one client id, stamped with the member's identity), durable-save acknowledgements for `?ack=1` clients.
 * Anything malformed closes this connection only.
 */
export class YjsConnection {
  readonly workspaceId: string
  readonly userId: string
  /** Whether this connection's updates are applied (team members of an open workspace). */
  readonly writes: boolean
  private room: DocumentRoom | null = null
  /** Messages that arrived while the room was loading, in order; null once live. */
  private queue: Uint8Array[] | null = []
  private closed = false
  private presence: ConnectionPresence<YjsConnection> | null = null
  private readonly unsubscribe: (() => void)[] = []
  private alive = true
  private readonly heartbeat: NodeJS.Timeout

  constructor(
    private readonly ws: WebSocket,
    readonly ctx: ConnectionContext,
  ) {
    this.workspaceId = ctx.workspaceId
    this.userId = ctx.user.id
    this.writes = ctx.role === 'write'
    ws.on('message', (data, isBinary) => this.receive(data, isBinary))
    ws.on('close', () => this.cleanup())
    ws.on('error', (error) => ctx.logger.debug('document connection error', error))
    ws.on('pong', () => (this.alive = true))
    this.heartbeat = setInterval(() => this.ping(), HEARTBEAT_MS)
    ctx.registry.add(this)
    void this.start()
  }

  /** Close this connection with one of the named close codes. */
  close(code: number, reason: string): void {
    if (this.closed) return
    this.cleanup()
    this.ws.close(code, reason)
  }

  private async start(): Promise<void> {
    let room: DocumentRoom
    try {
      room = await this.ctx.documents.connect(this.workspaceId, this)
    } catch (error) {
      this.ctx.logger.error(`opening workspace ${this.workspaceId} failed`, error)
      this.close(1011, 'document unavailable')
      return
    }
    if (this.closed) return this.ctx.documents.disconnect(room, this)
    this.room = room
    if (this.staleRole()) return
    if (this.writes && room.unwritable)
      return this.close(CloseCode.STORAGE_UNAVAILABLE, 'cannot store updates now')
    const { user } = this.ctx
    this.presence = new ConnectionPresence(room, this, this.ctx.registry, {
      id: user.id,
      name: user.name,
      role: user.role,
    })
    this.subscribe(room)
    this.send(syncStep1Message(room.doc))
    const present = [...room.awareness.getStates().keys()]
    if (present.length > 0) this.send(awarenessMessage(room.awareness, present))
    const queued = this.queue ?? []
    this.queue = null
    for (const message of queued) this.handle(message, room)
  }

  /**
   * A student whose role was decided just before a submit or a return finished: close with the code the
   * others got, so the client behaves the same (a write role on a locked workspace would take no edits).
   */
  private staleRole(): boolean {
    if (this.ctx.user.role !== 'student') return false
    const locked = this.ctx.documents.isLocked(this.workspaceId)
    if (locked && this.ctx.role === 'write') this.close(CloseCode.LOCKED, 'workspace submitted')
    else if (!locked && this.ctx.role === 'read') this.close(CloseCode.REOPENED, 'workspace reopened')
    else return false
    return true
  }

  private subscribe(room: DocumentRoom): void {
    // Peers' updates reach this connection only once they are durable, so it never holds what a crash could lose.
    const onDurable = (batch: DurableBatch) => {
      const update = batch.updateExcluding(this)
      if (update) this.send(relayMessage(update))
      if (this.ctx.ack) this.send(encodeSavedMessage(batch.stateVector))
    }
    const onAwareness = (
      changes: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      if (origin !== this)
        this.send(
          awarenessMessage(room.awareness, [...changes.added, ...changes.updated, ...changes.removed]),
        )
    }
    this.unsubscribe.push(room.onDurable(onDurable))
    room.awareness.on('update', onAwareness)
    this.unsubscribe.push(() => room.awareness.off('update', onAwareness))
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return
    const message = toBytes(data)
    if (message.byteLength > this.ctx.config.WS_MAX_MESSAGE_BYTES) {
      return this.close(CloseCode.TOO_LARGE, 'message too large')
    }
    if (!isBinary) return this.close(CloseCode.BAD_MESSAGE, 'binary messages only')
    if (this.queue && this.queue.length >= MAX_QUEUED)
      return this.close(CloseCode.BAD_MESSAGE, 'too many messages')
    if (this.queue) this.queue.push(message)
    else if (this.room) this.handle(message, this.room)
  }

  private handle(message: Uint8Array, room: DocumentRoom): void {
    if (this.closed) return
    try {
      const decoder = decoding.createDecoder(message)
      const type = decoding.readVarUint(decoder)
      if (type === MessageType.SYNC) this.handleSync(decoder, room)
      else if (type === MessageType.AWARENESS) this.presence?.publish(decoding.readVarUint8Array(decoder))
      else if (type === MessageType.QUERY_AWARENESS) {
        this.send(awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]))
      } else throw new BadMessage(`unknown message type ${type}`)
    } catch (error) {
      this.ctx.logger.warn(`malformed message from ${this.userId} on ${this.workspaceId}; closing`, error)
      this.close(CloseCode.BAD_MESSAGE, 'malformed message')
    }
  }

  private handleSync(decoder: decoding.Decoder, room: DocumentRoom): void {
    const step = decoding.readVarUint(decoder)
    if (step === syncProtocol.messageYjsSyncStep1) {
      const reply = syncStep2Message(room.doc, decoding.readVarUint8Array(decoder))
      // The reply may hold updates still being made durable: it is sent once they are.
      room.whenDurable().then(
        () => {
          this.send(reply)
          if (this.ctx.ack) this.send(encodeSavedMessage(room.durableStateVector))
        },
        () => this.close(CloseCode.STORAGE_UNAVAILABLE, 'cannot store updates now'),
      )
    } else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder)
      // Lecturers watch, and students of a submitted workspace read: their updates are read and dropped,
      // never applied, stored or relayed, and the connection stays open (the client keeps its edits).
      if (this.ctx.role === 'write' && !this.ctx.documents.isLocked(this.workspaceId)) {
        this.applyUpdate(update, room)
      }
    } else throw new BadMessage(`unknown sync step ${step}`)
  }

  private applyUpdate(update: Uint8Array, room: DocumentRoom): void {
    // Nothing is taken that cannot be stored: the client keeps it and sends it again after reconnecting.
    if (room.unwritable) return this.close(CloseCode.STORAGE_UNAVAILABLE, 'cannot store updates now')
    const check = checkUpdate(update, this.userId, room.doc, (id) => room.ownerOf(id))
    if (!check.ok) throw new BadMessage('update does not decode')
    // Nothing is applied that would take the document past its hard limit: not stored, not relayed.
    if (room.wouldExceed(update, documentHardLimit(this.ctx.config))) {
      this.ctx.logger.warn(
        `update from ${this.userId} would pass the size limit of ${this.workspaceId}; closing`,
      )
      return this.close(CloseCode.DOCUMENT_TOO_LARGE, 'document too large')
    }
    const foreign = check.foreign.length > 0
    if (foreign) {
      if (!this.ctx.documents.mergesRestoredWork()) {
        this.ctx.logger.warn(
          `update from ${this.userId} under client id ${check.foreign[0]} of another member; closing`,
        )
        return this.close(CloseCode.IMPERSONATION, 'client id belongs to another member')
      }
      // After a restore, a device may honestly hold a teammate's work the restored data lost: merge it,
      // credited to nobody, and leave the ids with their owners.
      this.ctx.logger.info(
        `merging work under other members' client ids ${check.foreign.join(', ')} from ${this.userId} (after a restore)`,
      )
    }
    Y.applyUpdate(room.doc, update, foreign ? new RecoveredOrigin(this) : this)
    for (const clientId of check.clients) room.bind(clientId, this.userId)
  }

  private send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return
    // A client that stops reading must not make the server buffer without end: it resyncs on reconnect.
    if (this.ws.bufferedAmount > this.ctx.config.WS_MAX_MESSAGE_BYTES * SEND_BUFFER_FACTOR) {
      return this.close(CloseCode.RESTARTING, 'too far behind')
    }
    this.ws.send(message, (error) => error && this.ws.terminate())
  }

  private ping(): void {
    if (!this.alive) return this.ws.terminate()
    this.alive = false
    this.ws.ping()
  }

  private cleanup(): void {
    if (this.closed) return
    this.closed = true
    clearInterval(this.heartbeat)
    this.ctx.registry.remove(this)
    for (const off of this.unsubscribe.splice(0)) off()
    const room = this.room
    if (!room) return
    this.presence?.release()
    this.ctx.documents.disconnect(room, this)
  }
}
