import type { AuthResponse, LoginBody, RegisterBody } from '../../cases/contracts/http'
import { AppError, refused } from './errors'
import type { LecturerRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { createPasswordHasher } from './passwords'
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
  const passwords = createPasswordHasher(ctx.config.SCRYPT_COST_LOG2)
  /** A hash made at a lower cost (an older version's N = 2^14) is replaced once its password is known. */
  async function rehash(record: LecturerRecord, password: string): Promise<void> {
    const passwordHash = await passwords.hash(password)
    // Only if nothing changed it meanwhile (a reset, another login's rehash): never overwrite a newer password.
    const current = await lecturers.get(record.id)
    if (current?.passwordHash === record.passwordHash) await lecturers.put({ ...current, passwordHash })
  }

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
        throw refused('email_taken', 'email: this e-mail address is already registered')
      const record = {
        id: newId(),
        name: body.name,
        email: body.email,
        passwordHash: await passwords.hash(body.password),
        createdAt: new Date().toISOString(),
      }
      // Checked again after the slow hash: two registrations of one address at once must not both succeed.
      if (await lecturers.findByEmail(body.email))
        throw refused('email_taken', 'email: this e-mail address is already registered')
      await lecturers.put(record)
      return { user: lecturerView(record), token: await sessions.create(record.id, 'lecturer') }
    },

    async login(body: LoginBody): Promise<AuthResponse> {
      const record = await lecturers.findByEmail(body.email)
      const check = record
        ? await passwords.verify(body.password, record.passwordHash)
        : { ok: await passwords.verifyAgainstNothing(body.password), outdated: false }
      if (!record || !check.ok) throw new AppError('invalid_credentials', WRONG_LOGIN)
      if (check.outdated) await rehash(record, body.password)
      return { user: lecturerView(record), token: await sessions.create(record.id, 'lecturer') }
    },
  }
  return service
}
