import {
  INVITATION_DEFAULT_DAYS,
  invitationPath,
  type InvitationSummary,
} from '../../cases/contracts/invitations'
import type { InvitationRecord, InvitationStore } from '../storage/invitationTypes'
import { asLecturer, type ServiceContext } from './context'
import { AppError, refused } from './errors'
import { KeyedLock } from './locks'
import type { AuthUser } from './ports'
import { newId, newToken, sha256 } from './secrets'

const DAY_MS = 24 * 60 * 60 * 1000
/** Longest token we bother hashing; ours are 43 characters. */
const MAX_TOKEN_LENGTH = 200

/** Open (unused, unexpired) invitations one lecturer may have at once. */
export const MAX_OPEN_INVITATIONS = 20

const INVALID = 'This invitation link is not valid any more (used, expired or withdrawn). Ask for a new one.'

/** A new invitation: the token goes to whoever made it, once; only its hash is stored. */
export async function issueInvitation(
  store: InvitationStore,
  createdBy: string | null,
  days = INVITATION_DEFAULT_DAYS,
  now = new Date(),
): Promise<{ record: InvitationRecord; token: string; path: string }> {
  const token = newToken()
  const record: InvitationRecord = {
    id: newId(),
    tokenHash: sha256(token),
    createdBy,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days * DAY_MS).toISOString(),
    usedAt: null,
    usedBy: null,
  }
  await store.put(record)
  return { record, token, path: invitationPath(token) }
}

function status(record: InvitationRecord, now = new Date().toISOString()): InvitationSummary['status'] {
  if (record.usedAt) return 'used'
  return record.expiresAt <= now ? 'expired' : 'open'
}

const summary = (record: InvitationRecord): InvitationSummary => ({
  id: record.id,
  createdAt: record.createdAt,
  expiresAt: record.expiresAt,
  usedAt: record.usedAt,
  status: status(record),
})

/**
 * Invitations to register as a lecturer (REGISTRATION=invite): lecturers make, list and withdraw their own;
 * registration uses one once. Withdrawing deletes it, so a withdrawn link reads like an unknown one.
 */
export function createInvitationService(ctx: ServiceContext) {
  const store = ctx.storage.invitations
  // One use at a time per invitation: two registrations racing with one link cannot both succeed.
  const uses = new KeyedLock()

  async function usable(token: string | undefined): Promise<InvitationRecord> {
    if (!token)
      throw new AppError('invitation_required', 'Registration is by invitation: ask a lecturer for a link.')
    const record = token.length <= MAX_TOKEN_LENGTH ? await store.findByTokenHash(sha256(token)) : undefined
    if (!record || status(record) !== 'open') throw new AppError('invitation_invalid', INVALID)
    return record
  }

  return {
    /** POST /api/invitations: a lecturer makes a link (409 with too many open ones: withdraw some first). */
    async create(user: AuthUser, days?: number) {
      const lecturer = asLecturer(user)
      const mine = await store.listByCreator(lecturer.id)
      if (mine.filter((r) => status(r) === 'open').length >= MAX_OPEN_INVITATIONS)
        throw refused(
          'too_many_invitations',
          `At most ${MAX_OPEN_INVITATIONS} invitations may be open at once; withdraw unused ones first.`,
        )
      const { record, token, path } = await issueInvitation(store, lecturer.id, days)
      return { id: record.id, token, path, expiresAt: record.expiresAt }
    },

    /** GET /api/invitations: the lecturer's own invitations, newest first. */
    async list(user: AuthUser): Promise<InvitationSummary[]> {
      const records = await store.listByCreator(asLecturer(user).id)
      return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(summary)
    },

    /** DELETE /api/invitations/:id: withdraw one of one's own unused invitations (404 for anyone else's). */
    async revoke(user: AuthUser, id: string): Promise<void> {
      const lecturer = asLecturer(user)
      await uses.run(id, async () => {
        const record = await store.get(id)
        if (!record || record.createdBy !== lecturer.id)
          throw refused('invitation_not_found', 'No invitation with this id.')
        if (record.usedAt) throw refused('invitation_used', 'This invitation was already used.')
        await store.delete(id)
      })
    },

    /** Refuse now (before any slow work) when the token cannot be used. */
    check: (token: string | undefined) => usable(token).then(() => undefined),

    /**
     * Use the invitation for `register` (which creates the account and returns its id): checked again and
     * marked used under its lock before the account is made, and given back if that fails.
     */
    async use<T extends { userId: string }>(
      token: string | undefined,
      register: () => Promise<T>,
    ): Promise<T> {
      const first = await usable(token)
      return uses.run(first.id, async () => {
        const record = await usable(token)
        const claimed = { ...record, usedAt: new Date().toISOString(), usedBy: 'registering' }
        await store.put(claimed)
        try {
          const result = await register()
          await store.put({ ...claimed, usedBy: result.userId })
          return result
        } catch (error) {
          await store.put(record)
          throw error
        }
      })
    },
  }
}

/** The invitation service. */
export type InvitationService = ReturnType<typeof createInvitationService>
