import { Router } from 'express'
import { putGradeBody, putRubricBody } from '../../../cases/contracts/grades'
import { gradeScaleBody } from '../../../cases/grades/scale'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/**
 * Rubrics (/api/assignments/:id/rubric), grades (/api/workspaces/:id/grade…) and a class's grade scale
 * (/api/classes/:id/grade-scale), mounted on /api.
 */
export function gradeRoutes(services: Services): Router {
  const router = Router()
  const { rubrics, grades } = services

  router.get('/assignments/:assignmentId/rubric', async (req, res) => {
    res.json(await rubrics.get(requireUser(res), req.params.assignmentId))
  })

  router.put('/assignments/:assignmentId/rubric', async (req, res) => {
    const user = requireUser(res)
    const body = validate(putRubricBody, req.body)
    res.json(await rubrics.put(user, req.params.assignmentId, body))
  })

  router.post('/assignments/:assignmentId/rubric/reset', async (req, res) => {
    res.json(await rubrics.reset(requireUser(res), req.params.assignmentId))
  })

  router.get('/workspaces/:workspaceId/grade', async (req, res) => {
    res.json(await grades.get(requireUser(res), req.params.workspaceId))
  })

  router.put('/workspaces/:workspaceId/grade', async (req, res) => {
    const user = requireUser(res)
    const body = validate(putGradeBody, req.body)
    res.json(await grades.put(user, req.params.workspaceId, body))
  })

  router.post('/workspaces/:workspaceId/grade/release', async (req, res) => {
    res.json(await grades.release(requireUser(res), req.params.workspaceId))
  })

  router.post('/workspaces/:workspaceId/grade/unrelease', async (req, res) => {
    res.json(await grades.unrelease(requireUser(res), req.params.workspaceId))
  })

  router.get('/classes/:classId/grade-scale', async (req, res) => {
    res.json(await services.gradeScale.get(requireUser(res), req.params.classId))
  })

  router.put('/classes/:classId/grade-scale', async (req, res) => {
    const user = requireUser(res)
    const body = validate(gradeScaleBody, req.body)
    res.json(await services.gradeScale.put(user, req.params.classId, body))
  })

  return router
}
