import { Router } from 'express'
import type { Services } from '../../services'
import { requireUser } from '../session'

/** /api/cases and /api/templates: the case library and the analysis templates. */
export function libraryRoutes(services: Services): Router {
  const router = Router()

  router.get('/cases', (_req, res) => {
    requireUser(res)
    res.json(services.library.listCases())
  })

  router.get('/cases/:caseId', (req, res) => {
    requireUser(res)
    res.json(services.library.getCase(req.params.caseId))
  })

  router.get('/templates', (_req, res) => {
    requireUser(res)
    res.json(services.library.listTemplates())
  })

  return router
}
