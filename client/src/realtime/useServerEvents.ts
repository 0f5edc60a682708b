import { useEffect, useRef } from 'react'
import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../../cases/contracts/socketEvents'

/** Handlers for the class events the page cares about. */
export type ServerEventHandlers = Partial<ServerToClientEvents> & {
  /** The socket (re)connected: events sent while it was down are lost, so refetch what they would have told. */
  connected?: () => void
}

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
    // Also on the first connection: an event sent between the page's first fetch and now was missed too.
    socket.on('connect', () => latest.current.connected?.())
    socket.on('assignment:created', (p) => latest.current['assignment:created']?.(p))
    socket.on('class:updated', (p) => latest.current['class:updated']?.(p))
    socket.on('membership:changed', (p) => latest.current['membership:changed']?.(p))
    socket.on('session:ended', (p) => latest.current['session:ended']?.(p))
    socket.on('workspace:status', (p) => latest.current['workspace:status']?.(p))
    socket.on('comment:changed', (p) => latest.current['comment:changed']?.(p))
    return () => {
      socket.disconnect()
    }
  }, [])
}
