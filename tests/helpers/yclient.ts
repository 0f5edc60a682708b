import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import {
  MessageType,
  decodeStateVectorMap,
  isCoveredBy,
  readSavedMessage,
} from '../../cases/contracts/yjsMessages'

/** The WebSocket constructor type y-websocket expects (the browser's); `ws` is compatible at runtime. */
type BrowserWebSocketClass = NonNullable<
  ConstructorParameters<typeof WebsocketProvider>[3]
>['WebSocketPolyfill']

/** A `ws`-compatible WebSocket constructor. */
export type WebSocketClass = new (address: string, protocols?: string | string[]) => WebSocket

/** A stock y-websocket client connected to a workspace. */
export interface YClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** `doc.getMap('fiveC').get('context').get('notes')` */
  notes(): Y.Text
  /** Disconnect and release everything. */
  destroy(): void
}

/** Options of connectClient. */
export interface ClientOptions {
  /** Opt in to durable-save acknowledgements (`?ack=1`). */
  ack?: boolean
  /** Another WebSocket class (e.g. one that records messages); defaults to `ws`. */
  WebSocketClass?: WebSocketClass
  /** Extra query parameters. */
  params?: Record<string, string>
  /** Start with this document (e.g. one holding offline edits). */
  doc?: Y.Doc
}

/** The context notes field of the 5 C template. */
export function notesOf(doc: Y.Doc): Y.Text {
  const context = doc.getMap<Y.Map<unknown>>('fiveC').get('context')
  const notes = context?.get('notes')
  if (!(notes instanceof Y.Text)) throw new Error('fiveC.context.notes is not a Y.Text (not synced yet?)')
  return notes
}

/** Connect a stock WebsocketProvider (`disableBc: true`, `ws` as the WebSocket) to `<wsUrl>/yjs/<workspaceId>`. */
export function connectClient(
  wsUrl: string,
  workspaceId: string,
  token: string | null,
  options: ClientOptions = {},
): YClient {
  const doc = options.doc ?? new Y.Doc()
  const params: Record<string, string> = { ...options.params }
  if (token) params.token = token
  if (options.ack) params.ack = '1'
  const provider = new WebsocketProvider(`${wsUrl}/yjs`, workspaceId, doc, {
    params,
    disableBc: true,
    WebSocketPolyfill: (options.WebSocketClass ?? WebSocket) as unknown as BrowserWebSocketClass,
    maxBackoffTime: 500,
  })
  // The app reads SAVED messages itself; here the recording WebSocket does, so the provider just skips them.
  if (options.ack) provider.messageHandlers[MessageType.SAVED] = () => {}
  return {
    doc,
    provider,
    notes: () => notesOf(doc),
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolve once the provider has synced with the server (rejects after `timeoutMs`). */
export function waitForSync(provider: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs)
    const onSync = (synced: boolean) => {
      if (!synced) return
      clearTimeout(timer)
      provider.off('sync', onSync)
      resolve()
    }
    provider.on('sync', onSync)
  })
}

/** Connect and wait for the first sync. */
export async function connectSynced(
  wsUrl: string,
  workspaceId: string,
  token: string,
  options: ClientOptions = {},
): Promise<YClient> {
  const client = connectClient(wsUrl, workspaceId, token, options)
  await waitForSync(client.provider)
  return client
}

/** Resolve once `check(doc)` holds, re-checking on every update (rejects after `timeoutMs`). */
export function waitForDoc(doc: Y.Doc, check: (doc: Y.Doc) => boolean, timeoutMs = 10_000): Promise<void> {
  const holds = () => {
    try {
      return check(doc)
    } catch {
      return false
    }
  }
  if (holds()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onUpdate = () => {
      if (!holds()) return
      clearTimeout(timer)
      doc.off('update', onUpdate)
      resolve()
    }
    const timer = setTimeout(() => {
      doc.off('update', onUpdate)
      reject(new Error('document did not reach the expected state in time'))
    }, timeoutMs)
    doc.on('update', onUpdate)
  })
}

/** Resolve once the context notes read `expected` (or satisfy a predicate). */
export function waitForText(
  doc: Y.Doc,
  expected: string | ((text: string) => boolean),
  timeoutMs?: number,
): Promise<void> {
  const matches = typeof expected === 'string' ? (t: string) => t === expected : expected
  return waitForDoc(doc, (d) => matches(notesOf(d).toString()), timeoutMs)
}

/** Resolve with the code of the server's close that ends the provider's connection. */
export function waitForClose(provider: WebsocketProvider, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connection was not closed in time')), timeoutMs)
    const onClose = (event: { code: number } | null) => {
      if (!event) return
      clearTimeout(timer)
      provider.off('connection-close', onClose)
      resolve(event.code)
    }
    provider.on('connection-close', onClose)
  })
}

/** Everything the server sent to clients created with its WebSocketClass. */
export interface MessageLog {
  WebSocketClass: WebSocketClass
  /** The y-websocket message type of every message received, in order. */
  types: number[]
  /** State vectors of the SAVED messages received, as client id → clock. */
  saved: Map<number, number>[]
  /** Called after every recorded message. */
  listeners: Set<() => void>
}

/** A `ws` subclass that records the messages the server sends (for ACK and "no type 100" checks). */
export function createMessageLog(): MessageLog {
  const log: MessageLog = { WebSocketClass: WebSocket, types: [], saved: [], listeners: new Set() }
  const record = (data: unknown) => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data as Buffer)
    const decoder = decoding.createDecoder(bytes)
    const type = decoding.readVarUint(decoder)
    log.types.push(type)
    if (type === MessageType.SAVED) log.saved.push(decodeStateVectorMap(readSavedMessage(decoder)))
    for (const listener of [...log.listeners]) listener()
  }
  log.WebSocketClass = class RecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols)
      this.on('message', record)
    }
  }
  return log
}

/** Resolve once a SAVED message covers everything in the document (rejects after `timeoutMs`). */
export function waitForSavedCovering(log: MessageLog, doc: Y.Doc, timeoutMs = 10_000): Promise<void> {
  const local = decodeStateVectorMap(Y.encodeStateVector(doc))
  const covered = () => log.saved.some((stored) => isCoveredBy(local, stored))
  if (covered()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!covered()) return
      clearTimeout(timer)
      log.listeners.delete(check)
      resolve()
    }
    const timer = setTimeout(() => {
      log.listeners.delete(check)
      reject(new Error('no SAVED message covered the document in time'))
    }, timeoutMs)
    log.listeners.add(check)
  })
}

/** A bare WebSocket speaking raw y-websocket frames, for sending what a stock client never would. */
export interface RawClient {
  ws: WebSocket
  /** Every message received, in order. */
  messages: Uint8Array[]
  /** Resolves with the close code and reason once the connection closes. */
  closed: Promise<{ code: number; reason: string }>
  send(bytes: Uint8Array): void
}

/** Open a raw connection to a workspace (resolves once open). */
export function connectRaw(
  wsUrl: string,
  workspaceId: string,
  token: string,
  query = '',
): Promise<RawClient> {
  const ws = new WebSocket(`${wsUrl}/yjs/${workspaceId}?token=${encodeURIComponent(token)}${query}`)
  const messages: Uint8Array[] = []
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  return new Promise((resolve, reject) => {
    ws.once('error', reject)
    ws.once('open', () => resolve({ ws, messages, closed, send: (bytes) => ws.send(bytes) }))
  })
}

/** A y-websocket sync message carrying a document update. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.SYNC)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A y-websocket awareness message with these raw entries (state as JSON, or null to remove). */
export function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId)
    encoding.writeVarUint(inner, entry.clock)
    encoding.writeVarString(inner, JSON.stringify(entry.state))
  }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.AWARENESS)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  return encoding.toUint8Array(encoder)
}

/** Resolve once the awareness of `provider` satisfies `check` (rejects after `timeoutMs`). */
export function waitForAwareness(
  provider: WebsocketProvider,
  check: (states: Map<number, Record<string, unknown>>) => boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const { awareness } = provider
  const holds = () => check(awareness.getStates() as Map<number, Record<string, unknown>>)
  if (holds()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onChange = () => {
      if (!holds()) return
      clearTimeout(timer)
      awareness.off('update', onChange)
      resolve()
    }
    const timer = setTimeout(() => {
      awareness.off('update', onChange)
      reject(new Error('awareness did not reach the expected state in time'))
    }, timeoutMs)
    awareness.on('update', onChange)
  })
}

/**
 * Wait until `watcher` sees the presence `marker` that `sender` publishes after its edits: a connection's
 * messages are handled in order, so by then the server has handled (relayed, or dropped) those edits.
 */
export async function presenceBarrier(sender: YClient, watcher: YClient, marker: string): Promise<void> {
  sender.provider.awareness.setLocalStateField('field', marker)
  await waitForAwareness(watcher.provider, (states) => [...states.values()].some((s) => s.field === marker))
}
