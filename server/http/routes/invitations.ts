import { Router } from 'express'
import {
  createInvitationBody,
  type CreatedInvitation,
  type RegistrationInfo,
} from '../../../cases/contracts/invitations'
import type { Config } from '../../config'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/**
 * /api/registration (public: how lecturers register) and /api/invitations (lecturers: invitation links to
 * register when REGISTRATION=invite).
 */
export function invitationRoutes(services: Services, config: Config): Router {
  const router = Router()
  const { invitations } = services

  router.get('/registration', (_req, res) => {
    const info: RegistrationInfo = { mode: config.REGISTRATION }
    res.json(info)
  })

  router.post('/invitations', async (req, res) => {
    const user = requireUser(res)
    const body = validate(createInvitationBody, req.body ?? {})
    const { id, token, path, expiresAt } = await invitations.create(user, body.days)
    // The link as the lecturer reached this server (their browser's origin), to pass on as it is.
    const created: CreatedInvitation = {
      id,
      token,
      expiresAt,
      url: `${req.protocol}://${req.get('host') ?? ''}${path}`,
    }
    res.status(201).json(created)
  })

  router.get('/invitations', async (_req, res) => {
    res.json(await invitations.list(requireUser(res)))
  })

  router.delete('/invitations/:id', async (req, res) => {
    await invitations.revoke(requireUser(res), req.params.id)
    res.status(204).end()
  })

  return router
}
