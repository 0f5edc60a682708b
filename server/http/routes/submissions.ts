import { Router } from 'express'
import { z } from 'zod'
import type { SubmittedResult } from '../../../cases/contracts/http'
import type { Services } from '../../services'
import { slugify } from '../../services/slugs'
import { requireUser } from '../session'
import { validate } from '../validate'

/** A version number in a path: digits only (a number too large to store is simply not found). */
const versionParam = z.object({ n: z.string().regex(/^[0-9]{1,9}$/, 'must be a whole number') })

/** /api/workspaces/:id/{submit,return,versions}: submitting, returning for revision, stored versions. */
export function submissionRoutes(services: Services): Router {
  const router = Router()

  router.post('/:workspaceId/submit', async (req, res) => {
    const outcome = await services.submissions.submit(requireUser(res), req.params.workspaceId)
    // 202: the member's confirmation is recorded; the work is submitted when the last member confirms.
    if ('pending' in outcome) res.status(202).json({ pending: outcome.pending })
    else res.status(201).json(outcome.submitted)
  })

  router.delete('/:workspaceId/submit/confirmation', async (req, res) => {
    res.json(await services.submissions.withdraw(requireUser(res), req.params.workspaceId))
  })

  router.post('/:workspaceId/return', async (req, res) => {
    res.json(await services.submissions.return(requireUser(res), req.params.workspaceId))
  })

  router.get('/:workspaceId/versions', async (req, res) => {
    res.json(await services.submissions.versions(requireUser(res), req.params.workspaceId))
  })

  router.get('/:workspaceId/versions/:n', async (req, res) => {
    const user = requireUser(res)
    const { n } = validate(versionParam, { n: req.params.n })
    const result = await services.submissions.version(user, req.params.workspaceId, Number(n))
    res.set('Content-Disposition', `attachment; filename="${versionFileName(result)}"`)
    res.json(result)
  })

  return router
}

/**
 * A downloaded version's file name, saying whose work it is: "<class>-<team>-<assignment>-v<n>.json", each part
 * slugged (so it is safe in a header and on any disk).
 */
export function versionFileName(result: SubmittedResult): string {
  const parts = [
    slugify(result.workspace.className, 'kelas'),
    slugify(result.team.name, 'tim'),
    slugify(result.workspace.title.id, 'tugas'),
  ]
  return `${parts.join('-')}-v${result.version}.json`
}
