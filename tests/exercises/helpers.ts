import { io, type Socket } from 'socket.io-client'
import type { CreatedExercise } from '../../cases/contracts/exercises'
import type { ClientToServerEvents, ServerToClientEvents } from '../../cases/contracts/socketEvents'
import { CASE_LIBRARY } from '../../cases/library'
import type { Api } from '../helpers/api'

/** A typed socket.io client. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>
type EventName = keyof ServerToClientEvents
type PayloadOf<E extends EventName> = Parameters<ServerToClientEvents[E]>[0]

/** Connect a socket.io client with a token; resolves once connected. Pushes it to `into` for cleanup. */
export function connectSocket(url: string, token: string, into: ClientSocket[]): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    auth: { token },
    transports: ['websocket'],
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

/** Start a live exercise on the first library case with fiveC; insists on 201. */
export async function startExercise(
  lecturer: Api,
  classId: string,
  extra: { durationMinutes?: number; teamSize?: number } = {},
): Promise<CreatedExercise> {
  const res = await lecturer.request<CreatedExercise>('POST', `/api/classes/${classId}/exercises`, {
    caseId: CASE_LIBRARY[0]!.id,
    templates: ['fiveC'],
    durationMinutes: extra.durationMinutes ?? 30,
    ...(extra.teamSize ? { teamSize: extra.teamSize } : {}),
  })
  if (res.status !== 201) throw new Error(`start exercise → ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}
