import { Router } from 'express'
import type { Services } from '../../services'
import { requireUser } from '../session'

/** GET /api/classes/:classId/gradebook.csv (lecturers of the class): `?lang=en` for English assignment titles. */
export function gradebookRoutes(services: Services): Router {
  const router = Router()

  router.get('/:classId/gradebook.csv', async (req, res) => {
    const user = requireUser(res)
    const lang = req.query.lang === 'en' ? 'en' : 'id'
    const csv = await services.gradebook.csv(user, req.params.classId, lang)
    res.set('Content-Type', 'text/csv; charset=utf-8')
    res.set('Content-Disposition', `attachment; filename="gradebook-${req.params.classId}.csv"`)
    res.set('Cache-Control', 'no-store')
    res.send(csv)
  })

  return router
}
