import { existsSync } from 'node:fs'
import path from 'node:path'
import express, { type RequestHandler } from 'express'

/** Paths the page fallback never answers: they belong to the API and the live connections. */
const SERVER_PATHS = /^\/(api|yjs|socket\.io|healthz)(\/|$)/

/**
 * Serve the built client from `clientDir` (when set and built), with index.html for every other GET so
 * client-side routes survive a reload. Checked once at start.
 */
export function clientPages(clientDir: string | null): RequestHandler[] {
  const index = clientDir ? path.join(clientDir, 'index.html') : null
  if (!clientDir || !index || !existsSync(index)) return []
  const files = express.static(clientDir, { index: false, maxAge: '1h' })
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next()
    res.set('Cache-Control', 'no-cache')
    res.sendFile(index)
  }
  const assets: RequestHandler = (req, res, next) =>
    SERVER_PATHS.test(req.path) ? next() : files(req, res, next)
  return [assets, fallback]
}
