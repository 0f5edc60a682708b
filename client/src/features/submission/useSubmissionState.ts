import { useCallback, useRef, useState } from 'react'
import type {
  AssignmentExercise,
  VersionSummary,
  WorkspaceDetail,
  WorkspaceStatus,
} from '../../../../cases/contracts/http'
import type { ExerciseEndReason, ExerciseEvent } from '../../../../cases/contracts/exercises'
import type { WorkspaceStatusEvent } from '../../../../cases/contracts/socketEvents'
import { getWorkspace } from '../../api/workspaces'

/** Whether the work is submitted, its latest version, and whether it was just returned for revision. */
export interface SubmissionState {
  status: WorkspaceStatus
  lastSubmission: VersionSummary | null
  /** Returned by the lecturer while this page was open. */
  returned: boolean
  /** The live exercise this workspace belongs to is paused: read-only until the lecturer resumes it. */
  paused: boolean
  /** The class is archived: read-only for everyone until a lecturer unarchives it. */
  archived: boolean
  /** Why the live exercise ended, once it has (its end submitted the work as the system). */
  exerciseEndedBy: ExerciseEndReason | null
}

const isPaused = (exercise: AssignmentExercise | undefined) => exercise?.status === 'paused'

/**
 * A workspace's submission state, starting from the page's detail and kept current by the `workspace:status` and
 * `exercise:*` events, the document connection's LOCKED/REOPENED close and a refetch (after a reconnect, events may
 * have been missed).
 */
export function useSubmissionState(workspace: WorkspaceDetail) {
  const [state, setState] = useState<SubmissionState>({
    status: workspace.status,
    lastSubmission: workspace.lastSubmission,
    returned: false,
    paused: isPaused(workspace.exercise),
    archived: workspace.classArchived ?? false,
    exerciseEndedBy: workspace.exercise?.endedBy ?? null,
  })
  const id = workspace.id
  // Counts refetches (reconnects), so what hangs on the state (the released grade) looks again too.
  const [seen, setSeen] = useState(0)
  // Bumped by every change of `paused` and every refetch: a refetch answered after a newer pause or resume is stale
  // there (e.g. one started at the pause's close that returns after the resume event), so its `paused` is dropped.
  const pausedGeneration = useRef(0)

  const set = useCallback(
    (status: WorkspaceStatus, lastSubmission?: VersionSummary | null, paused?: boolean) => {
      if (paused !== undefined) pausedGeneration.current += 1
      setState((s) => ({
        status,
        lastSubmission: lastSubmission === undefined ? s.lastSubmission : lastSubmission,
        returned: status === 'open' ? s.returned || s.status === 'submitted' : false,
        paused: paused ?? s.paused,
        archived: s.archived,
        exerciseEndedBy: s.exerciseEndedBy,
      }))
    },
    [],
  )

  /** The exercise was paused or resumed; the submission status stays (an end also brings `workspace:status`). */
  const setPaused = useCallback((paused: boolean) => {
    pausedGeneration.current += 1
    setState((s) => (s.paused === paused ? s : { ...s, paused }))
  }, [])

  /** The class was archived (ARCHIVED close) or unarchived (REOPENED close, or a refetch). */
  const setArchived = useCallback((archived: boolean) => {
    setState((s) => (s.archived === archived ? s : { ...s, archived }))
  }, [])

  const refresh = useCallback(async () => {
    const asked = ++pausedGeneration.current
    try {
      const detail = await getWorkspace(id)
      const current = pausedGeneration.current === asked
      set(detail.status, detail.lastSubmission, current ? isPaused(detail.exercise) : undefined)
      setArchived(detail.classArchived ?? false)
      const endedBy = detail.exercise?.endedBy ?? null
      setState((s) => (s.exerciseEndedBy === endedBy ? s : { ...s, exerciseEndedBy: endedBy }))
      setSeen((n) => n + 1)
    } catch {
      // Offline or gone: the live connection tells the rest.
    }
  }, [id, set, setArchived])

  const onEvent = useCallback(
    (event: WorkspaceStatusEvent) => {
      if (event.workspaceId === id) set(event.status, event.version)
    },
    [id, set],
  )

  /** exercise:paused / resumed / extended / ended for this student's workspace. */
  const onExercise = useCallback(
    (event: ExerciseEvent) => {
      if (event.workspaceId !== id) return
      setPaused(event.status === 'paused')
      const endedBy = event.endedBy ?? null
      setState((s) => (s.exerciseEndedBy === endedBy ? s : { ...s, exerciseEndedBy: endedBy }))
    },
    [id, setPaused],
  )

  return { state, seen, set, setPaused, setArchived, refresh, onEvent, onExercise }
}
