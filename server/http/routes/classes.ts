import { Router } from 'express'
import { addLecturerBody, createClassBody, updateClassBody } from '../../../cases/contracts/http'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/** /api/classes: a lecturer's classes, their settings, join code and co-lecturers. */
export function classRoutes(services: Services): Router {
  const router = Router()
  const { classes } = services

  router.get('/', async (_req, res) => {
    res.json(await classes.list(requireUser(res)))
  })

  router.post('/', async (req, res) => {
    const user = requireUser(res)
    const { name } = validate(createClassBody, req.body)
    res.status(201).json(await classes.create(user, name))
  })

  router.get('/:classId', async (req, res) => {
    res.json(await classes.detail(requireUser(res), req.params.classId))
  })

  router.patch('/:classId', async (req, res) => {
    const user = requireUser(res)
    res.json(await classes.update(user, req.params.classId, validate(updateClassBody, req.body)))
  })

  router.delete('/:classId', async (req, res) => {
    await classes.remove(requireUser(res), req.params.classId)
    res.status(204).end()
  })

  router.post('/:classId/join-code', async (req, res) => {
    res.json(await classes.regenerateJoinCode(requireUser(res), req.params.classId))
  })

  router.delete('/:classId/join-code', async (req, res) => {
    res.json(await classes.closeJoinCode(requireUser(res), req.params.classId))
  })

  router.post('/:classId/lecturers', async (req, res) => {
    const user = requireUser(res)
    const { email } = validate(addLecturerBody, req.body)
    res.status(201).json(await classes.addLecturer(user, req.params.classId, email))
  })

  router.delete('/:classId/lecturers/:lecturerId', async (req, res) => {
    await classes.removeLecturer(requireUser(res), req.params.classId, req.params.lecturerId)
    res.status(204).end()
  })

  return router
}
