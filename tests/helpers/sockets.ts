import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../cases/contracts/socketEvents'

/** A typed socket.io client. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>
type EventName = keyof ServerToClientEvents
type PayloadOf<E extends EventName> = Parameters<ServerToClientEvents[E]>[0]

/**
 * Connect a socket.io client with a token (none: no auth); resolves once connected, rejects with the connect
 * error. Pushes it to `into` for cleanup.
 */
export function connectSocket(
  url: string,
  token: string | undefined,
  into: ClientSocket[],
  transports: string[] = ['websocket'],
): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    auth: token ? { token } : {},
    transports,
    reconnection: false,
    forceNew: true,
  })
  into.push(socket)
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket))
    socket.once('connect_error', reject)
  })
}

/** Resolve with the next `event` matching `accept`, or reject after `timeoutMs`. */
export function nextEvent<E extends EventName>(
  socket: ClientSocket,
  event: E,
  accept: (payload: PayloadOf<E>) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<PayloadOf<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never)
      reject(new Error(`no ${event} in time`))
    }, timeoutMs)
    const listener = (payload: PayloadOf<E>) => {
      if (!accept(payload)) return
      clearTimeout(timer)
      socket.off(event, listener as never)
      resolve(payload)
    }
    socket.on(event, listener as never)
  })
}

/** Record every `event` a socket receives (to assert that something never arrived). */
export function record<E extends EventName>(socket: ClientSocket, event: E): PayloadOf<E>[] {
  const got: PayloadOf<E>[] = []
  socket.on(event, ((payload: PayloadOf<E>) => got.push(payload)) as never)
  return got
}
