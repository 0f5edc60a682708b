import { useEffect, useRef } from 'react'
import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../../cases/contracts/socketEvents'

/** Handlers for the class events the page cares about. */
export type ServerEventHandlers = Partial<ServerToClientEvents>

type TypedSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/**
 * Listen to the class events (socket.io, same origin, authenticated by the session cookie)
 * while the page is mounted. Handlers may change between renders without reconnecting.
 */
export function useServerEvents(handlers: ServerEventHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const socket: TypedSocket = io({ withCredentials: true, transports: ['websocket', 'polling'] })
    socket.on('assignment:created', (p) => latest.current['assignment:created']?.(p))
    socket.on('class:updated', (p) => latest.current['class:updated']?.(p))
    socket.on('membership:changed', (p) => latest.current['membership:changed']?.(p))
    socket.on('session:ended', (p) => latest.current['session:ended']?.(p))
    return () => {
      socket.disconnect()
    }
  }, [])
}
