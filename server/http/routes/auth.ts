import { Router } from 'express'
import { loginBody, registerBody } from '../../../cases/contracts/http'
import type { Config } from '../../config'
import type { Services } from '../../services'
import { clientAddress, type Limiters } from '../limits'
import { clearSessionCookie, currentAuth, setSessionCookie } from '../session'
import { validate } from '../validate'

/** /api/auth: lecturer registration, login and logout. */
export function authRoutes(services: Services, config: Config, limits: Limiters): Router {
  const router = Router()

  router.post('/register', async (req, res) => {
    const body = validate(registerBody, req.body)
    const result = await limits.registrations.run(clientAddress(req), () => services.accounts.register(body))
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.status(201).json(result)
  })

  router.post('/login', async (req, res) => {
    const body = validate(loginBody, req.body)
    const result = await limits.attempts.run(clientAddress(req), `email:${body.email}`, () =>
      services.accounts.login(body),
    )
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
