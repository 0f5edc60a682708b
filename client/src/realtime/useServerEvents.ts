import { useEffect, useRef } from 'react'
import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../../cases/contracts/socketEvents'

/** Handlers for the server events the page cares about (any event of `ServerToClientEvents`). */
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
    // Every server event reaches the handler of its name, so a page may listen to any of them.
    socket.onAny((event: string, ...args: unknown[]) => {
      if (event === 'connected') return
      const handler = (latest.current as Record<string, ((...a: unknown[]) => void) | undefined>)[event]
      handler?.(...args)
    })
    return () => {
      socket.disconnect()
    }
  }, [])
}
