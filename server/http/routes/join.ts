import { Router } from 'express'
import { joinBody, rejoinBody } from '../../../cases/contracts/http'
import type { Config } from '../../config'
import type { Services } from '../../services'
import { normaliseCode } from '../../services/secrets'
import { clientAddress, type Limiters } from '../limits'
import { setSessionCookie } from '../session'
import { validate } from '../validate'

/** /api/join and /api/rejoin: students enter a class with its code, or come back with their return code. */
export function joinRoutes(services: Services, config: Config, limits: Limiters): Router {
  const router = Router()

  // A new student spends a join token only when they get in; every try counts against the attempt windows.
  router.post('/join', async (req, res) => {
    const body = validate(joinBody, req.body)
    const address = clientAddress(req)
    const result = await limits.joins.run(address, () =>
      limits.attempts.run(address, `code:${normaliseCode(body.joinCode)}`, () => services.join.join(body)),
    )
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.status(201).json(result)
  })

  // The target is the class (its join code): any student's return code in it would do for a guesser.
  router.post('/rejoin', async (req, res) => {
    const body = validate(rejoinBody, req.body)
    const result = await limits.attempts.run(clientAddress(req), `code:${normaliseCode(body.joinCode)}`, () =>
      services.join.rejoin(body),
    )
    setSessionCookie(req, res, result.token, config.SESSION_DAYS)
    res.json(result)
  })

  return router
}
