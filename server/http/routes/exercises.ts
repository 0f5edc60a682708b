import { Router } from 'express'
import {
  broadcastBody,
  createExerciseBody,
  extendExerciseBody,
  formExerciseTeamsBody,
} from '../../../cases/contracts/exercises'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/** POST /api/classes/:classId/exercises: start a live exercise (lecturers of the class). */
export function classExerciseRoutes(services: Services): Router {
  const router = Router()
  router.post('/:classId/exercises', async (req, res) => {
    const user = requireUser(res)
    const body = validate(createExerciseBody, req.body)
    res.status(201).json(await services.exercises.create(user, req.params.classId, body))
  })
  return router
}

/**
 * /api/exercises/:id: state (class members), overview and pause/resume/extend/end/broadcast/teams (lecturers of
 * the class).
 */
export function exerciseRoutes(services: Services): Router {
  const router = Router()
  const { exercises, exerciseOverview } = services

  router.get('/:id', async (req, res) => {
    res.json(await exercises.get(requireUser(res), req.params.id))
  })
  router.get('/:id/overview', async (req, res) => {
    res.json(await exerciseOverview.overview(requireUser(res), req.params.id))
  })
  router.post('/:id/pause', async (req, res) => {
    res.json(await exercises.pause(requireUser(res), req.params.id))
  })
  router.post('/:id/resume', async (req, res) => {
    res.json(await exercises.resume(requireUser(res), req.params.id))
  })
  router.post('/:id/extend', async (req, res) => {
    const user = requireUser(res)
    const { minutes } = validate(extendExerciseBody, req.body)
    res.json(await exercises.extend(user, req.params.id, minutes))
  })
  router.post('/:id/end', async (req, res) => {
    res.json(await exercises.end(requireUser(res), req.params.id))
  })
  router.post('/:id/broadcast', async (req, res) => {
    const user = requireUser(res)
    const { message } = validate(broadcastBody, req.body)
    res.json(await exercises.broadcast(user, req.params.id, message))
  })
  router.post('/:id/teams', async (req, res) => {
    const user = requireUser(res)
    const { teamSize } = validate(formExerciseTeamsBody, req.body)
    res.json(await exercises.formTeams(user, req.params.id, teamSize))
  })
  return router
}
