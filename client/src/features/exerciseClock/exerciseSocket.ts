import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../../../cases/contracts/socketEvents'

/** A typed socket.io connection (same origin, authenticated by the session cookie). */
export type ExerciseSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Open the connection; the caller disconnects it when its page unmounts. */
export function openExerciseSocket(): ExerciseSocket {
  return io({ withCredentials: true, transports: ['websocket', 'polling'] })
}
