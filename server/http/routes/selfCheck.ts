import { Router } from 'express'
import { putSelfCheckBody } from '../../../cases/contracts/selfCheck'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/** /api/workspaces/:id/self-check: the team's stage self-check (Tuckman). */
export function selfCheckRoutes(services: Services): Router {
  const router = Router()

  router.get('/:workspaceId/self-check', async (req, res) => {
    res.json(await services.selfCheck.get(requireUser(res), req.params.workspaceId))
  })

  router.put('/:workspaceId/self-check', async (req, res) => {
    const user = requireUser(res)
    const body = validate(putSelfCheckBody, req.body)
    res.json(await services.selfCheck.put(user, req.params.workspaceId, body))
  })

  return router
}
