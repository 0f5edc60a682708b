import { Router } from 'express'
import { pickTeamBody } from '../../../cases/contracts/http'
import type { Services } from '../../services'
import { publicUser, requireUser } from '../session'
import { validate } from '../validate'

/** /api/me: who is signed in, and a student's class and team choice. */
export function meRoutes(services: Services): Router {
  const router = Router()

  router.get('/', (_req, res) => {
    res.json({ user: publicUser(requireUser(res)) })
  })

  router.get('/class', async (_req, res) => {
    res.json(await services.join.classView(requireUser(res)))
  })

  router.put('/team', async (req, res) => {
    const { teamId } = validate(pickTeamBody, req.body)
    res.json({ user: await services.join.pickTeam(requireUser(res), teamId) })
  })

  return router
}
