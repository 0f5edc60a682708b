import { Router } from 'express'
import { createAssignmentBody } from '../../../cases/contracts/http'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/** /api/classes/:classId/assignments: give a case to every team of a class. */
export function assignmentRoutes(services: Services): Router {
  const router = Router()

  router.get('/:classId/assignments', async (req, res) => {
    res.json(await services.assignments.list(requireUser(res), req.params.classId))
  })

  router.post('/:classId/assignments', async (req, res) => {
    const user = requireUser(res)
    const body = validate(createAssignmentBody, req.body)
    res.status(201).json(await services.assignments.create(user, req.params.classId, body))
  })

  return router
}
