import { Router } from 'express'
import type { Services } from '../../services'
import { requireUser } from '../session'

/** GET /api/classes/:classId/overview: the class dashboard's figures (lecturers of the class). */
export function overviewRoutes(services: Services): Router {
  const router = Router()

  router.get('/:classId/overview', async (req, res) => {
    res.json(await services.overview.get(requireUser(res), req.params.classId))
  })

  return router
}
