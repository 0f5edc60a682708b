/**
 * A bare y-websocket relay, the baseline of `npm run bench:durable`: `ws` + y-protocols (sync + awareness), one
 * Y.Doc per room (the request path without its query), every applied update relayed at once to the room's other
 * connections. No authentication, no persistence, no SAVED messages. A room is dropped when its last connection
 * closes.
 *
 *   node --import tsx scripts/bench/bareRelay.ts     # listens on 127.0.0.1 (PORT, default 0) and prints the port
 *
 * It exits on SIGTERM/SIGINT, and with EXIT_ON_STDIN_END=1 also when its standard input ends (the benchmark that
 * started it with a pipe went away).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket, { WebSocketServer } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

const SYNC = 0
const AWARENESS = 1
const QUERY_AWARENESS = 3

interface Room {
  doc: Y.Doc
  awareness: awarenessProtocol.Awareness
  /** Each connection with the awareness client ids it controls. */
  conns: Map<WebSocket, Set<number>>
}

const rooms = new Map<string, Room>()

function send(conn: WebSocket, message: Uint8Array): void {
  if (conn.readyState !== WebSocket.OPEN) return
  conn.send(message, (error) => {
    if (error) conn.terminate()
  })
}

function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, AWARENESS)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}

function openRoom(name: string): Room {
  const existing = rooms.get(name)
  if (existing) return existing
  const doc = new Y.Doc({ gc: true })
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState(null)
  const room: Room = { doc, awareness, conns: new Map() }
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, SYNC)
    syncProtocol.writeUpdate(encoder, update)
    const message = encoding.toUint8Array(encoder)
    for (const conn of room.conns.keys()) if (conn !== origin) send(conn, message)
  })
  awareness.on(
    'update',
    (
      { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      const changed = [...added, ...updated, ...removed]
      const controlled = origin instanceof WebSocket ? room.conns.get(origin) : undefined
      if (controlled) {
        for (const id of added) controlled.add(id)
        for (const id of removed) controlled.delete(id)
      }
      const message = awarenessMessage(awareness, changed)
      for (const conn of room.conns.keys()) send(conn, message)
    },
  )
  rooms.set(name, room)
  return room
}

function closeConn(room: Room, name: string, conn: WebSocket): void {
  const controlled = room.conns.get(conn)
  if (!controlled) return
  room.conns.delete(conn)
  awarenessProtocol.removeAwarenessStates(room.awareness, [...controlled], null)
  if (room.conns.size === 0) {
    room.awareness.destroy()
    room.doc.destroy()
    rooms.delete(name)
  }
}

function onMessage(room: Room, conn: WebSocket, data: Uint8Array): void {
  const decoder = decoding.createDecoder(data)
  const encoder = encoding.createEncoder()
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case SYNC:
      encoding.writeVarUint(encoder, SYNC)
      syncProtocol.readSyncMessage(decoder, encoder, room.doc, conn)
      // Only a sync step 1 produces an answer (step 2); anything else leaves just the type.
      if (encoding.length(encoder) > 1) send(conn, encoding.toUint8Array(encoder))
      break
    case AWARENESS:
      awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), conn)
      break
    case QUERY_AWARENESS:
      send(conn, awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]))
      break
    default:
      conn.close(4400, 'unknown message type')
  }
}

const httpServer = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end('bare y-websocket relay\n')
})
const wss = new WebSocketServer({ server: httpServer, maxPayload: 8 * 1024 * 1024 })

wss.on('connection', (conn, req) => {
  const name = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
  const room = openRoom(name)
  room.conns.set(conn, new Set())
  conn.binaryType = 'arraybuffer'
  conn.on('message', (data: ArrayBuffer, isBinary) => {
    if (!isBinary) return void conn.close(4400, 'text frame')
    try {
      onMessage(room, conn, new Uint8Array(data))
    } catch {
      conn.close(4400, 'bad message')
    }
  })
  conn.on('close', () => closeConn(room, name, conn))
  conn.on('error', () => conn.terminate())
  // Our sync step 1, then the current presence.
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SYNC)
  syncProtocol.writeSyncStep1(encoder, room.doc)
  send(conn, encoding.toUint8Array(encoder))
  const states = [...room.awareness.getStates().keys()]
  if (states.length > 0) send(conn, awarenessMessage(room.awareness, states))
})

const stop = () => {
  for (const conn of wss.clients) conn.terminate()
  wss.close()
  httpServer.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 1000).unref()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
// Started with a piped stdin by the benchmark: when the benchmark goes away, so does the relay.
if (process.env.EXIT_ON_STDIN_END === '1') {
  process.stdin.on('end', stop)
  process.stdin.on('error', stop)
  process.stdin.resume()
}

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo
  console.log(`bare relay listening on ws://127.0.0.1:${port} (port ${port})`)
})
