import { Router } from 'express'
import { compareQuery } from '../../../cases/contracts/compare'
import { resultsZipQuery } from '../../../cases/contracts/results'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/**
 * GET /api/classes/:classId/results.zip (the class bundle) and GET /api/assignments/:assignmentId/compare (one field
 * across teams); lecturers of the class only.
 */
export function resultsRoutes(services: Services): Router {
  const router = Router()

  router.get('/classes/:classId/results.zip', async (req, res) => {
    const user = requireUser(res)
    const { include } = validate(resultsZipQuery, req.query)
    const { fileName, zip } = await services.results.bundle(user, req.params.classId, include)
    res.set('Content-Type', 'application/zip')
    res.set('Content-Disposition', `attachment; filename="${fileName}"`)
    res.set('Cache-Control', 'no-store')
    res.send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))
  })

  router.get('/assignments/:assignmentId/compare', async (req, res) => {
    const user = requireUser(res)
    const query = validate(compareQuery, req.query)
    res.json(await services.results.compare(user, req.params.assignmentId, query))
  })

  return router
}
