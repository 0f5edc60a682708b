import { Router } from 'express'
import type { Services } from '../../services'
import { requireUser } from '../session'

/** /api/workspaces: a student's team workspaces, a lecturer's classes' workspaces, and their export. */
export function workspaceRoutes(services: Services): Router {
  const router = Router()

  router.get('/', async (_req, res) => {
    res.json(await services.workspaces.list(requireUser(res)))
  })

  router.get('/:workspaceId', async (req, res) => {
    res.json(await services.workspaces.get(requireUser(res), req.params.workspaceId))
  })

  router.get('/:workspaceId/export', async (req, res) => {
    res.json(await services.workspaces.export(requireUser(res), req.params.workspaceId))
  })

  return router
}
