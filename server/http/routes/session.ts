import { Router } from 'express'
import type { SessionResponse } from '../../../cases/contracts/http'
import { currentAuth, publicUser } from '../session'

/**
 * GET /api/session: who is signed in, or `{user: null}`, always 200. The client's start-up asks this, so a
 * signed-out page learns it without an error response (`GET /api/me` keeps answering 401 then).
 */
export function sessionRoutes(): Router {
  const router = Router()
  router.get('/', (_req, res) => {
    const auth = currentAuth(res)
    const body: SessionResponse = { user: auth ? publicUser(auth.user) : null }
    res.json(body)
  })
  return router
}
