import { Router } from 'express'
import { joinBody, rejoinBody } from '../../../cases/contracts/http'
import type { Config } from '../../config'
import type { Services } from '../../services'
import { normaliseCode } from '../../services/secrets'
import { bodyField, type FailureLimiter } from '../rateLimit'
import { setSessionCookie } from '../session'
import { validate } from '../validate'

/** /api/join and /api/rejoin: students enter a class with its code, or come back with their return code. */
export function joinRoutes(services: Services, config: Config, limit: FailureLimiter): Router {
  const router = Router()
  const byCode = limit('code', (req) => bodyField(req, 'joinCode', normaliseCode))

  router.post('/join', byCode, async (req, res) => {
    const result = await services.join.join(validate(joinBody, req.body))
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.status(201).json(result)
  })

  router.post('/rejoin', byCode, async (req, res) => {
    const result = await services.join.rejoin(validate(rejoinBody, req.body))
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.json(result)
  })

  return router
}
