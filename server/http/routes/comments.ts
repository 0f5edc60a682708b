import { Router } from 'express'
import { commentBodyOnly, createCommentBody } from '../../../cases/contracts/comments'
import type { Services } from '../../services'
import { requireUser } from '../session'
import { validate } from '../validate'

/**
 * Comment threads: /api/workspaces/:id/comments and /api/comments/:id/… (mounted on /api). The workspace's team
 * and its class's lecturers take part; everyone else gets 403.
 */
export function commentRoutes(services: Services): Router {
  const router = Router()
  const { comments } = services

  router.get('/workspaces/:workspaceId/comments', async (req, res) => {
    res.json(await comments.list(requireUser(res), req.params.workspaceId))
  })

  router.post('/workspaces/:workspaceId/comments', async (req, res) => {
    const user = requireUser(res)
    const { anchor, body } = validate(createCommentBody, req.body)
    res.status(201).json(await comments.create(user, req.params.workspaceId, anchor, body))
  })

  router.post('/comments/:threadId/replies', async (req, res) => {
    const user = requireUser(res)
    const { body } = validate(commentBodyOnly, req.body)
    res.status(201).json(await comments.reply(user, req.params.threadId, body))
  })

  router.patch('/comments/:threadId', async (req, res) => {
    const user = requireUser(res)
    const { body } = validate(commentBodyOnly, req.body)
    res.json(await comments.edit(user, req.params.threadId, body))
  })

  router.delete('/comments/:threadId', async (req, res) => {
    await comments.remove(requireUser(res), req.params.threadId)
    res.status(204).end()
  })

  router.post('/comments/:threadId/resolve', async (req, res) => {
    res.json(await comments.setStatus(requireUser(res), req.params.threadId, 'resolved'))
  })

  router.post('/comments/:threadId/reopen', async (req, res) => {
    res.json(await comments.setStatus(requireUser(res), req.params.threadId, 'open'))
  })

  router.patch('/comments/:threadId/replies/:replyId', async (req, res) => {
    const user = requireUser(res)
    const { body } = validate(commentBodyOnly, req.body)
    res.json(await comments.editReply(user, req.params.threadId, req.params.replyId, body))
  })

  router.delete('/comments/:threadId/replies/:replyId', async (req, res) => {
    res.json(await comments.removeReply(requireUser(res), req.params.threadId, req.params.replyId))
  })

  return router
}
