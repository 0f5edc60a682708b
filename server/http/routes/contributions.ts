import { Router } from 'express'
import { assignmentSettingsBody } from '../../../cases/contributions/figures'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/** /api/workspaces/:id/contributions: the team's contribution mirror. */
export function contributionRoutes(services: Services): Router {
  const router = Router()

  router.get('/:workspaceId/contributions', async (req, res) => {
    res.json(await services.contributions.get(requireUser(res), req.params.workspaceId))
  })

  return router
}

/** /api/assignments/:id/settings: per-assignment switches (whether the team sees its contribution mirror). */
export function assignmentSettingsRoutes(services: Services): Router {
  const router = Router()

  router.put('/:assignmentId/settings', async (req, res) => {
    const user = requireUser(res)
    const body = validate(assignmentSettingsBody, req.body)
    res.json(await services.contributions.updateSettings(user, req.params.assignmentId, body))
  })

  return router
}
