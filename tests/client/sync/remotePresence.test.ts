import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { MessageType } from '../../../cases/contracts/yjsMessages'
import { sanitizeIncomingPresence } from '../../../client/src/sync/remotePresence'
import { awarenessFrame } from '../../helpers/yclient'

const PAINT = 'red; position: fixed; width: 100vw; height: 100vh'

/** Hand a frame to the provider as if its socket had received it (y-websocket's own message dispatch). */
function receive(provider: WebsocketProvider, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame)
  const type = decoding.readVarUint(decoder)
  provider.messageHandlers[type]!(encoding.createEncoder(), decoder, provider, false, type)
}

describe('the client sanitises teammates’ presence before its awareness holds it', () => {
  const providers: WebsocketProvider[] = []
  afterEach(() => {
    for (const p of providers.splice(0)) {
      p.destroy()
      p.doc.destroy()
    }
  })
  const provider = () => {
    // Never connected: frames are handed to it directly.
    const p = new WebsocketProvider('ws://127.0.0.1:9/yjs', 'w', new Y.Doc(), {
      connect: false,
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    })
    sanitizeIncomingPresence(p)
    providers.push(p)
    return p
  }

  it('keeps only valid fields, whatever a server relays', () => {
    const p = provider()
    const valid = {
      user: { name: 'Ayu', id: 'u1', role: 'student', color: '#1b6ac9', colorLight: '#1b6ac933' },
      field: 'fiveC.context.notes',
    }
    receive(
      p,
      awarenessFrame([
        { clientId: 11, clock: 1, state: valid },
        {
          clientId: 12,
          clock: 1,
          state: { user: { name: 'Budi', color: PAINT, colorLight: PAINT }, field: 'x"y', evil: 1 },
        },
        { clientId: 13, clock: 1, state: ['not', 'an', 'object'] },
      ]),
    )
    expect(p.awareness.getStates().get(11)).toEqual(valid)
    expect(p.awareness.getStates().get(12)).toEqual({ user: { name: 'Budi' } })
    expect(p.awareness.getStates().has(13)).toBe(false)

    // A removal still removes.
    receive(p, awarenessFrame([{ clientId: 11, clock: 2, state: null }]))
    expect(p.awareness.getStates().has(11)).toBe(false)
  })

  it('ignores a malformed awareness message instead of throwing out of the socket handler', () => {
    const p = provider()
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.AWARENESS)
    encoding.writeVarUint8Array(encoder, new Uint8Array([5, 1]))
    expect(() => receive(p, encoding.toUint8Array(encoder))).not.toThrow()
    expect(p.awareness.getStates().size).toBe(1) // only its own
  })
})
