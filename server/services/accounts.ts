import type { AuthResponse, LoginBody, RegisterBody } from '../../cases/contracts/http'
import { AppError, conflict } from './errors'
import type { ServiceContext } from './context'
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords'
import { newId } from './secrets'
import type { InvitationService } from './invitations'
import type { SessionService } from './sessions'
import { lecturerView } from './views'

/** The one answer for a wrong e-mail or a wrong password, so neither can be told apart. */
const WRONG_LOGIN = 'Wrong e-mail address or password.'

/** Lecturer accounts: register and log in (a forgotten password is reset by server/cli/resetPassword.ts). */
export function createAccountService(
  ctx: ServiceContext,
  sessions: SessionService,
  invitations: InvitationService,
) {
  const { lecturers } = ctx.storage
  const service = {
    /** POST /api/auth/register: with REGISTRATION=invite only with a usable invitation, which it uses up. */
    async register(body: RegisterBody): Promise<AuthResponse> {
      if (ctx.config.REGISTRATION === 'open') return service.createAccount(body)
      await invitations.check(body.invitation)
      const { result } = await invitations.use(body.invitation, async () => {
        const created = await service.createAccount(body)
        return { userId: created.user.id, result: created }
      })
      return result
    },

    /** A lecturer account, without an invitation (the demo seed, and registration once it is allowed). */
    async createAccount(body: RegisterBody): Promise<AuthResponse> {
      if (await lecturers.findByEmail(body.email))
        throw conflict('email: this e-mail address is already registered')
      const record = {
        id: newId(),
        name: body.name,
        email: body.email,
        passwordHash: await hashPassword(body.password),
        createdAt: new Date().toISOString(),
      }
      // Checked again after the slow hash: two registrations of one address at once must not both succeed.
      if (await lecturers.findByEmail(body.email))
        throw conflict('email: this e-mail address is already registered')
      await lecturers.put(record)
      return { user: lecturerView(record), token: await sessions.create(record.id, 'lecturer') }
    },

    async login(body: LoginBody): Promise<AuthResponse> {
      const record = await lecturers.findByEmail(body.email)
      const ok = record
        ? await verifyPassword(body.password, record.passwordHash)
        : await verifyAgainstNothing(body.password)
      if (!record || !ok) throw new AppError('invalid_credentials', WRONG_LOGIN)
      return { user: lecturerView(record), token: await sessions.create(record.id, 'lecturer') }
    },
  }
  return service
}
