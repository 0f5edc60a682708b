import { Router } from 'express'
import { compareQuery } from '../../../cases/contracts/compare'
import { resultsZipQuery } from '../../../cases/contracts/results'
import type { Logger } from '../../logger'
import type { Services } from '../../services'
import { ClientGoneError, responseSink } from '../responseSink'
import { requireUser } from '../session'
import { validate } from '../validate'

/**
 * GET /api/classes/:classId/results.zip (the class bundle) and GET /api/assignments/:assignmentId/compare (one field
 * across teams); lecturers of the class only.
 */
export function resultsRoutes(services: Services, logger: Logger): Router {
  const router = Router()

  router.get('/classes/:classId/results.zip', async (req, res) => {
    const user = requireUser(res)
    const { include } = validate(resultsZipQuery, req.query)
    const bundle = await services.results.bundle(user, req.params.classId, include)
    const sink = responseSink(res, () => {
      res.set('Content-Type', 'application/zip')
      res.set('Content-Disposition', `attachment; filename="${bundle.fileName}"`)
      res.set('Cache-Control', 'no-store')
    })
    try {
      await bundle.write(sink)
    } catch (error) {
      if (!res.headersSent) throw error
      // Part of the zip is out: end the connection, so the client sees a failed download, never a short "complete" zip.
      if (!(error instanceof ClientGoneError))
        logger.error(`streaming the results of ${req.params.classId} failed`, error)
      res.destroy()
      return
    }
    res.end()
  })

  router.get('/assignments/:assignmentId/compare', async (req, res) => {
    const user = requireUser(res)
    const query = validate(compareQuery, req.query)
    res.json(await services.results.compare(user, req.params.assignmentId, query))
  })

  return router
}
