import { Router } from 'express'
import { teamBody, updateStudentBody } from '../../../cases/contracts/http'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/** /api/classes/:classId/teams and /students: lecturers manage teams and students. */
export function memberRoutes(services: Services): Router {
  const router = Router({ mergeParams: true })
  const { teams, students } = services

  router.post('/:classId/teams', async (req, res) => {
    const user = requireUser(res)
    const { name } = validate(teamBody, req.body)
    res.status(201).json(await teams.create(user, req.params.classId, name))
  })

  router.patch('/:classId/teams/:teamId', async (req, res) => {
    const user = requireUser(res)
    const { name } = validate(teamBody, req.body)
    res.json(await teams.rename(user, req.params.classId, req.params.teamId, name))
  })

  router.delete('/:classId/teams/:teamId', async (req, res) => {
    await teams.remove(requireUser(res), req.params.classId, req.params.teamId)
    res.status(204).end()
  })

  router.patch('/:classId/students/:studentId', async (req, res) => {
    const user = requireUser(res)
    const body = validate(updateStudentBody, req.body)
    res.json(await students.update(user, req.params.classId, req.params.studentId, body))
  })

  router.post('/:classId/students/:studentId/return-code', async (req, res) => {
    const user = requireUser(res)
    res.json(await students.newReturnCode(user, req.params.classId, req.params.studentId))
  })

  router.delete('/:classId/students/:studentId', async (req, res) => {
    await students.remove(requireUser(res), req.params.classId, req.params.studentId)
    res.status(204).end()
  })

  return router
}
