import type { Request, Response } from 'express'
import type { PublicUser } from '../../cases/contracts/http'
import { AppError } from '../services/errors'
import type { AuthUser } from '../services/ports'

/** The session cookie's name. */
export const SESSION_COOKIE = 'rk_session'

/** Who made this request and how they proved it. */
export interface RequestAuth {
  user: AuthUser
  token: string
  via: 'bearer' | 'cookie'
}

/** The signed-in user of this request, if any (set by the auth middleware). */
export function currentAuth(res: Response): RequestAuth | undefined {
  return res.locals.auth as RequestAuth | undefined
}

/** The signed-in user, or 401. */
export function requireUser(res: Response): AuthUser {
  const auth = currentAuth(res)
  if (!auth) throw new AppError('unauthenticated', 'Sign in first.')
  return auth.user
}

/** A user as the API shows them. */
export function publicUser(user: AuthUser): PublicUser {
  return user.role === 'lecturer'
    ? { id: user.id, name: user.name, email: user.email, role: 'lecturer' }
    : { id: user.id, name: user.name, role: 'student', classId: user.classId, teamId: user.teamId }
}

/** Set the session cookie: httpOnly, SameSite=Lax, Path=/, Secure only over https. */
export function setSessionCookie(req: Request, res: Response, token: string, days: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: req.secure,
    maxAge: days * 24 * 60 * 60 * 1000,
  })
}

/** Clear the session cookie. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure })
}

/** Read one cookie from the Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      try {
        return decodeURIComponent(value)
      } catch {
        return undefined
      }
    }
  }
  return undefined
}
