import type { CommentAnchor, CommentThread } from '../../../cases/contracts/comments'
import { request } from './client'

const thread = (id: string) => `/api/comments/${encodeURIComponent(id)}`

/** GET /api/workspaces/:id/comments: every thread, oldest first. */
export const listComments = (workspaceId: string) =>
  request<CommentThread[]>('GET', `/api/workspaces/${encodeURIComponent(workspaceId)}/comments`)
/** POST /api/workspaces/:id/comments: a new thread. */
export const createComment = (workspaceId: string, anchor: CommentAnchor, body: string) =>
  request<CommentThread>('POST', `/api/workspaces/${encodeURIComponent(workspaceId)}/comments`, {
    anchor,
    body,
  })
/** POST /api/comments/:id/replies. */
export const replyToComment = (id: string, body: string) =>
  request<CommentThread>('POST', `${thread(id)}/replies`, { body })
/** PATCH /api/comments/:id (its author only). */
export const editComment = (id: string, body: string) => request<CommentThread>('PATCH', thread(id), { body })
/** DELETE /api/comments/:id. */
export const deleteComment = (id: string) => request<void>('DELETE', thread(id))
/** POST /api/comments/:id/resolve or /reopen. */
export const setCommentResolved = (id: string, resolved: boolean) =>
  request<CommentThread>('POST', `${thread(id)}/${resolved ? 'resolve' : 'reopen'}`)
/** PATCH /api/comments/:id/replies/:replyId (the reply's author only). */
export const editReply = (id: string, replyId: string, body: string) =>
  request<CommentThread>('PATCH', `${thread(id)}/replies/${encodeURIComponent(replyId)}`, { body })
/** DELETE /api/comments/:id/replies/:replyId. */
export const deleteReply = (id: string, replyId: string) =>
  request<CommentThread>('DELETE', `${thread(id)}/replies/${encodeURIComponent(replyId)}`)
