import type { DomainEventMap, DomainEvents } from '../../events'
import type { Logger } from '../../logger'
import type { AccessService } from '../../services/ports'
import type { EventsServer } from './server'

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0]

/** Move a user's sockets out of their old team room into the new one. */
async function moveTeam(io: EventsServer, userId: string, teamId: string | null): Promise<void> {
  for (const socket of await io.in(`user:${userId}`).fetchSockets()) {
    for (const room of socket.rooms) if (room.startsWith('team:')) socket.leave(room)
    if (teamId) socket.join(`team:${teamId}`)
  }
}

/** End the sockets of a user whose session ended (all of them, or only those whose token died on logout). */
async function endSessions(
  io: EventsServer,
  access: AccessService,
  userId: string,
  reason: Payload<'sessions:revoked'>['reason'],
): Promise<void> {
  for (const socket of await io.in(`user:${userId}`).fetchSockets()) {
    if (reason === 'logout' && (await access.authenticate(socket.data.token))) continue
    socket.emit('session:ended', { reason })
    socket.disconnect(true)
  }
}

/**
 * Tell the right people what changed: class events to `class:<id>`, a student's own changes to `user:<id>`,
 * comment changes, grade releases and stage self-checks (only the workspace id: each refetches what they may
 * see) to the team and the class's lecturers. A lecturer who starts or stops teaching a class has their open
 * sockets join or leave its rooms at once (no reconnect needed).
 * Returns the function that stops listening.
 */
export function forwardDomainEvents(deps: {
  io: EventsServer
  events: DomainEvents
  access: AccessService
  logger: Logger
}): () => void {
  const { io, events, access, logger } = deps
  const fail = (what: string) => (error: unknown) => logger.error(`socket.io: ${what} failed`, error)

  const onAssignment = (payload: Payload<'assignment:created'>) => {
    io.to(`class:${payload.classId}`).emit('assignment:created', payload)
  }
  const onClass = ({ classId }: Payload<'class:updated'>) => {
    io.to(`class:${classId}`).emit('class:updated', { classId })
  }
  const onMembership = ({ classId, userId, teamId }: Payload<'membership:changed'>) => {
    io.to(`user:${userId}`).emit('membership:changed', { classId, teamId })
    moveTeam(io, userId, teamId).catch(fail('moving sockets between teams'))
  }
  const onComment = ({ classId, teamId, change }: Payload<'comment:changed'>) => {
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('comment:changed', change)
  }
  const onLocked = ({ classId, teamId, workspaceId, version }: Payload<'workspace:locked'>) => {
    const payload = { workspaceId, classId, teamId, status: 'submitted' as const, version }
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('workspace:status', payload)
  }
  const onReopened = ({ classId, teamId, workspaceId }: Payload<'workspace:reopened'>) => {
    const payload = { workspaceId, classId, teamId, status: 'open' as const }
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('workspace:status', payload)
  }
  const onConfirmations = ({ classId, teamId, workspaceId, state }: Payload<'workspace:confirmations'>) => {
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('workspace:confirmations', {
      workspaceId,
      ...state,
    })
  }
  const onHistory = ({ classId, teamId, change }: Payload<'history:snapshot'>) => {
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('history:snapshot', change)
  }
  const onGrade = ({ classId, teamId, workspaceId, released }: Payload<'grade:released'>) => {
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('grade:released', { workspaceId, released })
  }
  const onSelfCheck = ({ classId, teamId, workspaceId }: Payload<'selfcheck:changed'>) => {
    io.to([`team:${teamId}`, `lecturers:${classId}`]).emit('selfcheck:changed', { workspaceId })
  }
  const onLecturer = ({ classId, lecturerId, teaching }: Payload<'lecturer:changed'>) => {
    const sockets = io.in(`user:${lecturerId}`)
    const rooms = [`class:${classId}`, `lecturers:${classId}`]
    if (teaching) sockets.socketsJoin(rooms)
    else sockets.socketsLeave(rooms)
  }
  const onRevoked = ({ userId, reason }: Payload<'sessions:revoked'>) => {
    endSessions(io, access, userId, reason).catch(fail('ending sessions'))
  }

  events.on('assignment:created', onAssignment)
  events.on('class:updated', onClass)
  events.on('membership:changed', onMembership)
  events.on('sessions:revoked', onRevoked)
  events.on('workspace:locked', onLocked)
  events.on('workspace:reopened', onReopened)
  events.on('workspace:confirmations', onConfirmations)
  events.on('comment:changed', onComment)
  events.on('history:snapshot', onHistory)
  events.on('grade:released', onGrade)
  events.on('selfcheck:changed', onSelfCheck)
  events.on('lecturer:changed', onLecturer)
  return () => {
    events.off('assignment:created', onAssignment)
    events.off('class:updated', onClass)
    events.off('membership:changed', onMembership)
    events.off('sessions:revoked', onRevoked)
    events.off('workspace:locked', onLocked)
    events.off('workspace:reopened', onReopened)
    events.off('workspace:confirmations', onConfirmations)
    events.off('comment:changed', onComment)
    events.off('history:snapshot', onHistory)
    events.off('grade:released', onGrade)
    events.off('selfcheck:changed', onSelfCheck)
    events.off('lecturer:changed', onLecturer)
  }
}
