import { Router } from 'express'
import { caseBody } from '../../../cases/contracts/http'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/**
 * /api/cases and /api/templates: the case library, lecturers' own cases and the analysis templates.
 * Anyone signed in reads the library; only lecturers create, and only owners change or delete, their own cases.
 */
export function libraryRoutes(services: Services): Router {
  const router = Router()
  const { library, ownCases } = services

  router.get('/cases', async (_req, res) => {
    res.json(await library.listCases(requireUser(res)))
  })

  router.post('/cases', async (req, res) => {
    const user = requireUser(res)
    res.status(201).json(await ownCases.create(user, validate(caseBody, req.body)))
  })

  router.get('/cases/:caseId', async (req, res) => {
    res.json(await library.getCase(requireUser(res), req.params.caseId))
  })

  router.put('/cases/:caseId', async (req, res) => {
    const user = requireUser(res)
    res.json(await ownCases.update(user, req.params.caseId, validate(caseBody, req.body)))
  })

  router.delete('/cases/:caseId', async (req, res) => {
    await ownCases.remove(requireUser(res), req.params.caseId)
    res.status(204).end()
  })

  router.get('/templates', (_req, res) => {
    requireUser(res)
    res.json(services.library.listTemplates())
  })

  return router
}
