import { CloseCode } from '../../../cases/contracts/closeCodes'
import {
  helpAcknowledgePayload,
  helpRequestPayload,
  type SocketAck,
} from '../../../cases/contracts/exercises'
import type { DomainEventMap, DomainEvents } from '../../events'
import type { Logger } from '../../logger'
import { AppError } from '../../services/errors'
import type { HelpService } from '../../services/exerciseHelp'
import type { AccessService, AuthUser } from '../../services/ports'
import type { YjsConnection } from '../yjs/connection'
import type { ConnectionRegistry } from '../yjs/registry'
import type { EventsServer } from './server'

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0]
type Fail = { ok: false; error: { code: string; message: string } }

/** An error acknowledgement with a stable code and no internals. */
function failure(error: unknown): Fail {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } }
  return { ok: false, error: { code: 'internal', message: 'Something went wrong.' } }
}

/** Run a socket request as the socket's (re-checked) user and answer through the acknowledgement. */
async function answer<T>(
  access: AccessService,
  token: string,
  ack: unknown,
  run: (user: AuthUser) => Promise<T>,
): Promise<void> {
  const reply = typeof ack === 'function' ? (ack as (result: SocketAck<T> | Fail) => void) : () => {}
  try {
    const user = await access.authenticate(token)
    if (!user) return reply({ ok: false, error: { code: 'unauthenticated', message: 'Sign in again.' } })
    reply({ ok: true, ...(await run(user)) })
  } catch (error) {
    reply(failure(error))
  }
}

/**
 * Live exercises over socket.io: the lifecycle to each student (with their own workspace) and the class's
 * lecturers; pausing closes students' document connections with LOCKED (they reconnect read-only) and
 * resuming with REOPENED; broadcasts to the class; help requests both ways. Returns the function that stops.
 */
export function forwardExercises(deps: {
  io: EventsServer
  events: DomainEvents
  access: AccessService
  help: HelpService
  registry: ConnectionRegistry<YjsConnection>
  logger: Logger
}): () => void {
  const { io, events, access, help, registry } = deps

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

  io.on('connection', (socket) => {
    const { token } = socket.data
    socket.on('help:request', (payload, ack) => {
      void answer(access, token, ack, (user) => {
        const parsed = helpRequestPayload.safeParse(payload)
        if (!parsed.success) throw new AppError('validation', parsed.error.issues[0]?.message ?? 'invalid')
        return help.request(user, parsed.data)
      })
    })
    socket.on('help:acknowledge', (payload, ack) => {
      void answer(access, token, ack, (user) => {
        const parsed = helpAcknowledgePayload.safeParse(payload)
        if (!parsed.success) throw new AppError('validation', parsed.error.issues[0]?.message ?? 'invalid')
        return help.acknowledge(user, parsed.data)
      })
    })
  })

  events.on('exercise:changed', onChanged)
  events.on('exercise:message', onMessage)
  events.on('help:changed', onHelp)
  return () => {
    events.off('exercise:changed', onChanged)
    events.off('exercise:message', onMessage)
    events.off('help:changed', onHelp)
  }
}
