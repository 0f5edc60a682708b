import type { DomainEventMap, DomainEvents } from '../../events'
import type { ProgressTracker } from '../../exercises/progressTracker'
import type { Logger } from '../../logger'
import { overviewTeams } from '../../services/exerciseOverview'
import type { ExerciseService } from '../../services/exercises'
import { exerciseWorkspaces } from '../../services/exerciseState'
import type { LiveDocuments } from '../../services/ports'
import type { YjsConnection } from '../yjs/connection'
import type { ConnectionRegistry } from '../yjs/registry'
import type { EventsServer } from './server'

/** Overview pushes per exercise are coalesced to at most one per this many ms (4 Hz). */
export const OVERVIEW_INTERVAL_MS = 250

type Tracked = { classId: string; workspaceIds: Set<string>; timer: NodeJS.Timeout | null; lastSent: number }

/**
 * The live overview: `exercise:progress` to `lecturers:<classId>` whenever a team's progress, members online
 * or help requests change — pushed, never polled, coalesced per exercise. Returns the function that stops.
 */
export function pushExerciseOverview(deps: {
  io: EventsServer
  events: DomainEvents
  exercises: ExerciseService
  progress: ProgressTracker
  documents: LiveDocuments
  registry: ConnectionRegistry<YjsConnection>
  logger: Logger
}): () => void {
  const { io, events, exercises, progress, documents, registry, logger } = deps
  const tracked = new Map<string, Tracked>()
  const byWorkspace = new Map<string, string>()

  async function track(exerciseId: string): Promise<void> {
    const located = await exercises.locate(exerciseId)
    if (!located || located.exercise.status === 'ended') return
    const entry = tracked.get(exerciseId) ?? {
      classId: located.record.id,
      workspaceIds: new Set(),
      timer: null,
      lastSent: 0,
    }
    tracked.set(exerciseId, entry)
    for (const { id } of exerciseWorkspaces(located.record, located.assignment)) {
      entry.workspaceIds.add(id)
      byWorkspace.set(id, exerciseId)
      progress.watch(id)
    }
    schedule(exerciseId)
  }

  function untrack(exerciseId: string): void {
    const entry = tracked.get(exerciseId)
    if (!entry) return
    if (entry.timer) clearTimeout(entry.timer)
    for (const id of entry.workspaceIds) {
      byWorkspace.delete(id)
      progress.unwatch(id)
    }
    tracked.delete(exerciseId)
  }

  function schedule(exerciseId: string | undefined): void {
    const entry = exerciseId ? tracked.get(exerciseId) : undefined
    if (!exerciseId || !entry || entry.timer) return
    const wait = Math.max(0, entry.lastSent + OVERVIEW_INTERVAL_MS - Date.now())
    entry.timer = setTimeout(() => {
      entry.timer = null
      entry.lastSent = Date.now()
      push(exerciseId).catch((error: unknown) =>
        logger.error(`overview of exercise ${exerciseId} failed`, error),
      )
    }, wait)
  }

  async function push(exerciseId: string): Promise<void> {
    const located = await exercises.locate(exerciseId)
    if (!located) return
    const online = (workspaceId: string) => {
      const students = registry.ofWorkspace(workspaceId).filter((c) => c.ctx.user.role === 'student')
      return new Set(students.map((c) => c.userId)).size
    }
    const teams = await overviewTeams(located, (id) => progress.read(id, documents), online)
    io.to(`lecturers:${located.record.id}`).emit('exercise:progress', { exerciseId, teams })
  }

  const fail = (error: unknown) => logger.error('tracking an exercise failed', error)
  const onChanged = ({ kind, state }: DomainEventMap['exercise:changed'][0]) => {
    if (kind === 'started') return void track(state.exerciseId).catch(fail)
    if (kind !== 'ended') return schedule(state.exerciseId)
    // A last overview with the submitted state, then no more tracking.
    push(state.exerciseId).catch(fail)
    untrack(state.exerciseId)
  }
  const onHelp = ({ exerciseId }: { exerciseId: string }) => schedule(exerciseId)
  // New teams (formed or created while it runs) bring new workspaces.
  const onClass = ({ classId }: { classId: string }) => {
    for (const [exerciseId, entry] of tracked) if (entry.classId === classId) track(exerciseId).catch(fail)
  }

  for (const { exerciseId } of exercises.all()) track(exerciseId).catch(fail)
  const stopProgress = progress.onChange((workspaceId) => schedule(byWorkspace.get(workspaceId)))
  const stopRegistry = registry.onChange((connection) => schedule(byWorkspace.get(connection.workspaceId)))
  // A lecturer who connects gets the current overview of their running exercises.
  io.on('connection', (socket) => {
    if (socket.data.role !== 'lecturer') return
    for (const [exerciseId, entry] of tracked)
      if (socket.rooms.has(`lecturers:${entry.classId}`)) schedule(exerciseId)
  })
  events.on('exercise:changed', onChanged)
  events.on('help:changed', onHelp)
  events.on('class:updated', onClass)
  return () => {
    stopProgress()
    stopRegistry()
    events.off('exercise:changed', onChanged)
    events.off('help:changed', onHelp)
    events.off('class:updated', onClass)
    for (const exerciseId of [...tracked.keys()]) untrack(exerciseId)
    progress.stop()
  }
}
