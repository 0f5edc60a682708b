import { CloseCode } from '../../../cases/contracts/closeCodes'
import type { DomainEventMap, DomainEvents } from '../../events'
import type { Logger } from '../../logger'
import type { HelpService } from '../../services/exerciseHelp'
import type { ExerciseService } from '../../services/exercises'
import type { AccessService } from '../../services/ports'
import { handleHelpRequests } from './help'
import type { YjsConnection } from '../yjs/connection'
import type { ConnectionRegistry } from '../yjs/registry'
import type { EventsServer } from './server'

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0]
/**
 * Live exercises over socket.io: the lifecycle to each student (with their own workspace) and the class's
 * lecturers; pausing closes students' document connections with LOCKED (they reconnect read-only) and
 * resuming with REOPENED; broadcasts to the class; help requests both ways. A student placed in a team while an
 * exercise runs (formed, moved, joined) hears `exercise:started` with their new workspace, as at the start.
 * Returns the function that stops.
 */
export function forwardExercises(deps: {
  io: EventsServer
  events: DomainEvents
  access: AccessService
  help: HelpService
  exercises: Pick<ExerciseService, 'placement'>
  registry: ConnectionRegistry<YjsConnection>
  logger: Logger
}): () => void {
  const { io, events, access, help, exercises, registry, logger } = deps
  handleHelpRequests({ io, access, help })

  const closeStudents = (workspaceIds: string[], code: number, reason: string) => {
    const ids = new Set(workspaceIds)
    for (const c of registry.all())
      if (ids.has(c.workspaceId) && c.ctx.user.role === 'student') c.close(code, reason)
  }
  const onChanged = ({ classId, kind, state, recipients, workspaces }: Payload<'exercise:changed'>) => {
    const event = `exercise:${kind}` as const
    for (const { userId, workspaceId } of recipients)
      io.to(`user:${userId}`).emit(event, { ...state, workspaceId })
    io.to(`lecturers:${classId}`).emit(event, { ...state, workspaceId: null })
    const ids = workspaces.map((w) => w.id)
    if (kind === 'paused') closeStudents(ids, CloseCode.LOCKED, 'exercise paused')
    if (kind === 'resumed') closeStudents(ids, CloseCode.REOPENED, 'exercise resumed')
  }
  const onMessage = ({ classId, exerciseId, message, serverNow }: Payload<'exercise:message'>) => {
    io.to(`class:${classId}`).emit('exercise:message', { exerciseId, message, serverNow })
  }
  const onHelp = ({ classId, exerciseId, teamId, requests, raised }: Payload<'help:changed'>) => {
    if (raised) for (const r of requests) io.to(`lecturers:${classId}`).emit('help:requested', r)
    else
      io.to(`team:${teamId}`).emit('help:acknowledged', {
        exerciseId,
        teamId,
        requestIds: requests.map((r) => r.id),
      })
  }

  const onMembership = ({ classId, userId, teamId }: Payload<'membership:changed'>) => {
    if (!teamId) return
    exercises
      .placement(classId, userId)
      .then((placed) => placed && io.to(`user:${userId}`).emit('exercise:started', placed))
      .catch((error: unknown) => logger.error('placing a student in a live exercise failed', error))
  }

  events.on('exercise:changed', onChanged)
  events.on('membership:changed', onMembership)
  events.on('exercise:message', onMessage)
  events.on('help:changed', onHelp)
  return () => {
    events.off('exercise:changed', onChanged)
    events.off('membership:changed', onMembership)
    events.off('exercise:message', onMessage)
    events.off('help:changed', onHelp)
  }
}
