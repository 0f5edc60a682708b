import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExerciseEvent, ExerciseState } from '../../../../cases/contracts/exercises'
import { ackError, ApiError } from '../../api/client'
import { getExercise } from '../exerciseClock/api'
import { openExerciseSocket, type ExerciseSocket } from '../exerciseClock/exerciseSocket'
import { toLocalClock, type LocalClock } from '../exerciseClock/skewClock'
import { getOverview } from './api'
import { addHelp, clearHelp, mergeProgress, type ProgressByTeam } from './progressMerge'

/** The control room's live view of one exercise. */
export interface LecturerExercise {
  state: ExerciseState | undefined
  error: unknown
  clock: LocalClock | null
  teams: ProgressByTeam
  /** The newest help request not yet seen on screen (for a short alert). */
  lastHelpTeamId: string | null
  /** Apply the state a control route answered with (pause, resume, extend, end). */
  applyState(state: ExerciseState): void
  /** Fetch the state again (teams formed or created while it runs bring workspaces). */
  reloadState(): Promise<void>
  acknowledge(teamId: string): Promise<void>
}

/**
 * Follow one exercise for its lecturer: its state and overview (fetched again on every socket (re)connection, so
 * an ended exercise shows its teams too), the skew-corrected clock, and the overview kept up to date by
 * `exercise:progress` and `help:*` pushes (no polling).
 */
export function useLecturerExercise(exerciseId: string): LecturerExercise {
  const [state, setState] = useState<ExerciseState | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  const [clock, setClock] = useState<LocalClock | null>(null)
  const [teams, setTeams] = useState<ProgressByTeam>(new Map())
  const [lastHelpTeamId, setLastHelpTeamId] = useState<string | null>(null)
  const socketRef = useRef<ExerciseSocket | null>(null)
  /** Counts overview pushes: a fetched overview is dropped when a push arrived while it was on its way. */
  const pushes = useRef(0)

  const applyState = useCallback((next: ExerciseState) => {
    setState(next)
    setClock(toLocalClock(next))
  }, [])

  const reloadState = useCallback(async () => {
    try {
      applyState(await getExercise(exerciseId))
    } catch (e) {
      setError(e)
    }
  }, [exerciseId, applyState])

  useEffect(() => {
    let alive = true
    const load = async () => {
      const seen = pushes.current
      try {
        const [next, overview] = await Promise.all([getExercise(exerciseId), getOverview(exerciseId)])
        if (!alive) return
        applyState(next)
        // A push is fresher, and only pushes count members online.
        if (pushes.current === seen) setTeams((current) => mergeProgress(current, overview.teams))
      } catch (e) {
        if (alive) setError(e)
      }
    }
    const onClock = (e: ExerciseEvent) => {
      if (e.exerciseId !== exerciseId) return
      setClock(toLocalClock(e))
      setState((s) => (s ? { ...s, status: e.status, endsAt: e.endsAt, remainingMs: e.remainingMs } : s))
    }
    const socket = openExerciseSocket()
    socketRef.current = socket
    socket.on('connect', () => void load())
    for (const name of [
      'exercise:paused',
      'exercise:resumed',
      'exercise:extended',
      'exercise:ended',
    ] as const) {
      socket.on(name, onClock)
    }
    socket.on('exercise:progress', (p) => {
      if (p.exerciseId !== exerciseId) return
      pushes.current += 1
      setTeams((current) => mergeProgress(current, p.teams))
    })
    socket.on('help:requested', (h) => {
      if (h.exerciseId !== exerciseId) return
      pushes.current += 1
      setTeams((current) => addHelp(current, h))
      setLastHelpTeamId(h.teamId)
    })
    socket.on('help:acknowledged', (a) => {
      if (a.exerciseId !== exerciseId) return
      pushes.current += 1
      setTeams((current) => clearHelp(current, a.teamId, a.requestIds))
    })
    return () => {
      alive = false
      socketRef.current = null
      socket.disconnect()
    }
  }, [exerciseId, applyState])

  const acknowledge = useCallback(
    (teamId: string) =>
      new Promise<void>((resolve, reject) => {
        const socket = socketRef.current
        // As an unreachable server, so ErrorMessage shows it in the user's language.
        if (!socket) return reject(new ApiError(0, 'network', 'offline'))
        socket.emit('help:acknowledge', { exerciseId, teamId }, (result) => {
          if (!result.ok) return reject(ackError(result.error))
          setTeams((current) => clearHelp(current, teamId, result.requestIds))
          setLastHelpTeamId((last) => (last === teamId ? null : last))
          resolve()
        })
      }),
    [exerciseId],
  )

  return { state, error, clock, teams, lastHelpTeamId, applyState, reloadState, acknowledge }
}
