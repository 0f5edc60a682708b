import { useEffect, useRef } from 'react'
import { io, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, ServerToClientEvents } from '../../../../cases/contracts/socketEvents'

/** What the review pages react to live. */
export interface ReviewEventHandlers {
  comment?: ServerToClientEvents['comment:changed']
  status?: ServerToClientEvents['workspace:status']
  /** A grade was released, edited after release or withdrawn (another lecturer's tab, too). */
  grade?: ServerToClientEvents['grade:released']
}

/**
 * Comment, submission and grade-release events while a review page is open (socket.io, same origin, session cookie). The shared
 * class-events hook does not carry these, and it belongs to another feature, so the review keeps its own.
 */
export function useReviewEvents(handlers: ReviewEventHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      withCredentials: true,
      transports: ['websocket', 'polling'],
    })
    socket.on('comment:changed', (p) => latest.current.comment?.(p))
    socket.on('workspace:status', (p) => latest.current.status?.(p))
    socket.on('grade:released', (p) => latest.current.grade?.(p))
    return () => {
      socket.disconnect()
    }
  }, [])
}
