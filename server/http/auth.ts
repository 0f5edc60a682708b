import type { Request, RequestHandler } from 'express'
import { refused } from '../services/errors'
import type { AccessService } from '../services/ports'
import { readCookie, SESSION_COOKIE, type RequestAuth } from './session'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origin a request came from (Origin, else Referer), or null. */
function requestOrigin(req: Request): string | null {
  const source = req.get('origin') ?? req.get('referer')
  if (!source || source === 'null') return null
  try {
    return new URL(source).origin
  } catch {
    return null
  }
}

/** Whether an origin is this server (same host as the request) or one of ALLOWED_ORIGINS. */
function originAllowed(req: Request, origin: string, allowed: readonly string[]): boolean {
  if (new URL(origin).host === req.get('host')) return true
  return allowed.some((a) => new URL(a).origin === origin)
}

/**
 * Finds the user behind a Bearer token or the session cookie. A request that relies on the cookie and changes
 * something must come from this site (Origin or Referer matching the Host or ALLOWED_ORIGINS), else 403:
 * browsers attach cookies to cross-site requests, not Authorization headers, so Bearer requests are exempt.
 */
export function authenticate(access: AccessService, allowedOrigins: readonly string[]): RequestHandler {
  return async (req, res, next) => {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1]
    const cookie = bearer ? undefined : readCookie(req.get('cookie'), SESSION_COOKIE)
    if (!SAFE_METHODS.has(req.method) && !bearer) {
      const origin = requestOrigin(req)
      // Without a cookie nothing is at stake unless a foreign page is posting (e.g. login CSRF).
      const mustMatch = cookie !== undefined || origin !== null
      if (mustMatch && (origin === null || !originAllowed(req, origin, allowedOrigins))) {
        throw refused('cross_site_request', 'This request did not come from this site.')
      }
    }
    const token = bearer ?? cookie
    if (token) {
      const user = await access.authenticate(token)
      if (user) res.locals.auth = { user, token, via: bearer ? 'bearer' : 'cookie' } satisfies RequestAuth
    }
    next()
  }
}
