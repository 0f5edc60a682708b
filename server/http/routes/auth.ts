import { Router } from 'express'
import { loginBody, registerBody } from '../../../cases/contracts/http'
import type { Config } from '../../config'
import type { Services } from '../../services'
import type { FailureLimiter } from '../rateLimit'
import { bodyField } from '../rateLimit'
import { clearSessionCookie, currentAuth, setSessionCookie } from '../session'
import { validate } from '../validate'

/** /api/auth: lecturer registration, login and logout. */
export function authRoutes(services: Services, config: Config, limit: FailureLimiter): Router {
  const router = Router()
  const byEmail = limit('email', (req) => bodyField(req, 'email', (s) => s.trim().toLowerCase()))

  router.post('/register', async (req, res) => {
    const result = await services.accounts.register(validate(registerBody, req.body))
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.status(201).json(result)
  })

  router.post('/login', byEmail, async (req, res) => {
    const result = await services.accounts.login(validate(loginBody, req.body))
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.json(result)
  })

  router.post('/logout', async (req, res) => {
    const auth = currentAuth(res)
    if (auth) await services.sessions.end(auth.token)
    clearSessionCookie(req, res)
    res.json({ ok: true })
  })

  return router
}
