import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExerciseEndReason, ExerciseEvent } from '../../../../cases/contracts/exercises'
import { ackError, type ApiError } from '../../api/client'
import { findCurrentExercise, getExercise } from './api'
import { openExerciseSocket, type ExerciseSocket } from './exerciseSocket'
import { rememberedExercise, rememberExercise } from './rememberExercise'
import { toLocalClock, type LocalClock } from './skewClock'

/** The team's help request: none, on its way, waiting for the lecturer, seen, or refused. */
export type HandState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'raised' }
  | { kind: 'acknowledged' }
  | { kind: 'failed'; error: ApiError }

/** What the student's page knows of the class's live exercise. */
export interface ExerciseClockState {
  exerciseId: string
  clock: LocalClock
  /** The student's workspace in it (null when they have no team in it). */
  workspaceId: string | null
  /** Why it ended, once it has. */
  endedBy: ExerciseEndReason | null
}

/** The exercise clock of a student's page, its messages and help request. */
export interface ExerciseClock {
  exercise: ExerciseClockState | null
  message: string | null
  dismissMessage(): void
  hand: HandState
  /** Ask for help, with an optional short note for the lecturer. */
  raiseHand(note?: string): void
}

/**
 * Follow the class's live exercise over socket.io while the page is mounted: the skew-corrected clock, the
 * lecturer's messages and the team's raised hand. `onStarted` hears a start pushed while the page is open.
 */
export function useExerciseClock(
  classId: string,
  onStarted?: (workspaceId: string | null) => void,
): ExerciseClock {
  const [exercise, setExercise] = useState<ExerciseClockState | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [hand, setHand] = useState<HandState>({ kind: 'idle' })
  const socketRef = useRef<ExerciseSocket | null>(null)
  const startedRef = useRef(onStarted)
  useEffect(() => {
    startedRef.current = onStarted
  })

  useEffect(() => {
    let alive = true
    const apply = (e: ExerciseEvent) => {
      rememberExercise(classId, e.status === 'ended' ? null : e.exerciseId)
      setExercise({
        exerciseId: e.exerciseId,
        clock: toLocalClock(e),
        workspaceId: e.workspaceId,
        endedBy: e.endedBy ?? null,
      })
    }
    const refetch = async () => {
      // Remembered in this tab, else asked of the team's workspaces (a page opened after the start).
      const id = rememberedExercise(classId) ?? (await findCurrentExercise().catch(() => null))
      if (!id || !alive) return
      try {
        const state = await getExercise(id)
        if (alive) apply({ ...state, exerciseId: state.id })
      } catch {
        rememberExercise(classId, null)
      }
    }
    const socket = openExerciseSocket()
    socketRef.current = socket
    // Also on reconnection: events sent while the socket was down are lost.
    socket.on('connect', () => void refetch())
    socket.on('exercise:started', (e) => {
      apply(e)
      setHand({ kind: 'idle' })
      setMessage(null)
      startedRef.current?.(e.workspaceId)
    })
    for (const name of [
      'exercise:paused',
      'exercise:resumed',
      'exercise:extended',
      'exercise:ended',
    ] as const) {
      socket.on(name, apply)
    }
    socket.on('exercise:message', (m) => setMessage(m.message))
    socket.on('help:acknowledged', () => setHand({ kind: 'acknowledged' }))
    return () => {
      alive = false
      socketRef.current = null
      socket.disconnect()
    }
  }, [classId])

  const exerciseId = exercise?.exerciseId
  const raiseHand = useCallback(
    (note?: string) => {
      const socket = socketRef.current
      if (!socket || !exerciseId) return
      setHand({ kind: 'sending' })
      const message = note?.trim()
      socket.emit('help:request', { exerciseId, ...(message ? { message } : {}) }, (result) => {
        setHand(result.ok ? { kind: 'raised' } : { kind: 'failed', error: ackError(result.error) })
      })
    },
    [exerciseId],
  )

  return { exercise, message, dismissMessage: () => setMessage(null), hand, raiseHand }
}
