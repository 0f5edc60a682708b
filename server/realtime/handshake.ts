import type { IncomingMessage } from 'node:http'
import type { Config } from '../config'

/** Name of the httpOnly session cookie set by the HTTP API. */
export const SESSION_COOKIE = 'rk_session'

/** The session token a handshake presents, and whether it came from the cookie (which needs an Origin check). */
export interface Credentials {
  token: string
  viaCookie: boolean
}

/** The value of one cookie of a request, if present. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue
    try {
      return decodeURIComponent(part.slice(eq + 1).trim())
    } catch {
      return undefined
    }
  }
  return undefined
}

/**
 * The credentials of a handshake: an explicit token (query `?token=`, socket.io `auth.token`, or a Bearer
 * header) wins over the session cookie.
 */
export function readCredentials(req: IncomingMessage, explicitToken: unknown): Credentials | null {
  if (typeof explicitToken === 'string' && explicitToken.length > 0)
    return { token: explicitToken, viaCookie: false }
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  if (bearer?.[1]) return { token: bearer[1], viaCookie: false }
  const cookie = readCookie(req, SESSION_COOKIE)
  return cookie ? { token: cookie, viaCookie: true } : null
}

/**
 * Whether a cookie-authenticated handshake comes from our own pages: its Origin must be the Host it was sent
 * to, or one of config.ALLOWED_ORIGINS. Browsers always send Origin on WebSocket and cross-origin requests,
 * so a missing Origin is refused too.
 */
export function originAllowed(req: IncomingMessage, config: Pick<Config, 'ALLOWED_ORIGINS'>): boolean {
  const origin = req.headers.origin
  if (!origin) return false
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false
  }
  if (parsed.host === req.headers.host) return true
  return config.ALLOWED_ORIGINS.some((allowed) => {
    try {
      return new URL(allowed).origin === parsed.origin
    } catch {
      return false
    }
  })
}
