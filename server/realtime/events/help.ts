import {
  helpAcknowledgePayload,
  helpRequestPayload,
  type SocketAck,
} from '../../../cases/contracts/exercises'
import { AppError } from '../../services/errors'
import type { HelpService } from '../../services/exerciseHelp'
import type { AccessService, AuthUser } from '../../services/ports'
import type { EventsServer } from './server'

type Fail = { ok: false; error: { code: string; message: string; reason?: string; field?: string } }

/** An error acknowledgement with a stable code and no internals. */
function failure(error: unknown): Fail {
  if (error instanceof AppError) {
    const { code, message, reason, field } = error
    return {
      ok: false,
      error: { code, message, ...(reason ? { reason } : {}), ...(field ? { field } : {}) },
    }
  }
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

/** socket.io requests of live exercises: validate the payload (zod) → the help service → acknowledge. */
export function handleHelpRequests(deps: {
  io: EventsServer
  access: AccessService
  help: HelpService
}): void {
  const { io, access, help } = deps
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
}
