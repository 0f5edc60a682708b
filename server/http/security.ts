import type { Request, RequestHandler } from 'express'
import { isLoopbackHost } from '../loopback'

/**
 * The page may load only its own scripts; live connections go to this server's ws:// or wss://. Inline
 * styles stay allowed (CodeMirror and y-codemirror.next write style attributes; remote colours are
 * validated before they get there); images only from the app and blob: URLs (the ecomap's PNG export);
 * no data: images or plugins; workers only the app's own (the app shell's service worker).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  // The app shell's service worker (/sw.js), registered only in secure contexts.
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * Whether the browser treats the page's origin as potentially trustworthy (a secure context): https, or a
 * loopback host. Only there does it apply Cross-Origin-Opener-Policy; elsewhere (plain http on a LAN address)
 * it ignores the header and logs a console error on every page.
 */
export function isSecureContextRequest(req: Request): boolean {
  return req.secure || isLoopbackHost(req.hostname || '')
}

/** Security headers on every response. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
  })
  if (isSecureContextRequest(req)) res.set('Cross-Origin-Opener-Policy', 'same-origin')
  if (req.path.startsWith('/api/')) res.set('Cache-Control', 'no-store')
  next()
}

/** Keys that could reach an object's prototype are dropped while JSON is parsed, so they change nothing. */
export function dropDangerousKeys(key: string, value: unknown): unknown {
  return key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value
}
