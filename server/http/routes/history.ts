import { Router } from 'express'
import { z } from 'zod'
import { historyDiffQuery, snapshotId } from '../../../cases/contracts/history'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

const snapshotParam = z.object({ snapshotId })

/** /api/workspaces/:id/history…: snapshots listed, viewed, compared and restored. */
export function historyRoutes(services: Services): Router {
  const router = Router()

  router.get('/:workspaceId/history', async (req, res) => {
    res.json(await services.history.list(requireUser(res), req.params.workspaceId))
  })

  // Before /:snapshotId, which would otherwise take "diff" for a snapshot id.
  router.get('/:workspaceId/history/diff', async (req, res) => {
    const user = requireUser(res)
    const query = validate(historyDiffQuery, {
      from: req.query.from,
      to: req.query.to,
      field: req.query.field,
    })
    res.json(await services.history.diff(user, req.params.workspaceId, query))
  })

  router.get('/:workspaceId/history/:snapshotId', async (req, res) => {
    const user = requireUser(res)
    const { snapshotId: id } = validate(snapshotParam, { snapshotId: req.params.snapshotId })
    res.json(await services.history.view(user, req.params.workspaceId, id))
  })

  router.post('/:workspaceId/history/:snapshotId/restore', async (req, res) => {
    const user = requireUser(res)
    const { snapshotId: id } = validate(snapshotParam, { snapshotId: req.params.snapshotId })
    res.json(await services.history.restore(user, req.params.workspaceId, id))
  })

  return router
}
