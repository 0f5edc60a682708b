import type { SessionRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { newToken, sha256 } from './secrets'

/** Longest token we bother hashing; ours are 43 characters. */
const MAX_TOKEN_LENGTH = 200

/** Sessions: random tokens handed out once, stored only as SHA-256, expiring after SESSION_DAYS. */
export function createSessionService(ctx: ServiceContext) {
  const { sessions } = ctx.storage
  return {
    /** Start a session; returns the token (shown once, never stored). */
    async create(userId: string, role: SessionRecord['role']): Promise<string> {
      const token = newToken()
      const now = new Date()
      const expires = new Date(now.getTime() + ctx.config.SESSION_DAYS * 24 * 60 * 60 * 1000)
      await sessions.put({
        tokenHash: sha256(token),
        userId,
        role,
        createdAt: now.toISOString(),
        expiresAt: expires.toISOString(),
      })
      return token
    },
    /** The live session of a token, or undefined (expired ones are removed on sight). */
    async find(token: string): Promise<SessionRecord | undefined> {
      if (!token || token.length > MAX_TOKEN_LENGTH) return undefined
      const record = await sessions.get(sha256(token))
      if (!record) return undefined
      if (record.expiresAt <= new Date().toISOString()) {
        await sessions.delete(record.tokenHash)
        return undefined
      }
      return record
    },
    /** End one session (logout); the real-time layer closes the connections that used it. */
    async end(token: string): Promise<void> {
      if (!token || token.length > MAX_TOKEN_LENGTH) return
      const record = await sessions.get(sha256(token))
      if (!record) return
      await sessions.delete(record.tokenHash)
      ctx.events.emit('sessions:revoked', { userId: record.userId, reason: 'logout' })
    },
    /** End every session of a user and tell the real-time layer to close their connections. */
    async revokeUser(userId: string, reason: 'removed' | 'logout' | 'class-deleted'): Promise<void> {
      await sessions.deleteForUser(userId)
      ctx.events.emit('sessions:revoked', { userId, reason })
    },
  }
}

/** The session service. */
export type SessionService = ReturnType<typeof createSessionService>
