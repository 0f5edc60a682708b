import { z } from 'zod'

import { COMMENT_LIMITS } from './commentLimits'

export { COMMENT_LIMITS }

const segment = z.string().min(1).max(64)
/** A base64 `Y.encodeRelativePosition(...)`: short, base64 characters only (decoded by the server). */
const relativePosition = z
  .string()
  .min(1)
  .max(400)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64')

/**
 * Where a comment points: a template's section or field (`path` = [sectionKey, fieldKey?]; for a collection item
 * [sectionKey, itemId, fieldKey?]), optionally a passage of a text field (`range`, Yjs relative positions so it
 * stays on the same words while the text changes) and an ecomap system or tie (`itemId`).
 */
export const commentAnchor = z.object({
  templateId: segment,
  path: z.array(segment).min(1).max(3),
  range: z.object({ start: relativePosition, end: relativePosition }).optional(),
  quote: z.string().max(COMMENT_LIMITS.quote).optional(),
  itemId: segment.optional(),
})

/** A comment's anchor, as sent and as stored. */
export type CommentAnchor = z.infer<typeof commentAnchor>

/** Plain text: trimmed, control characters other than tab and newline removed, 1–4000 characters. */
export const commentText = z
  .string()
  // eslint-disable-next-line no-control-regex
  .transform((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim())
  .pipe(z.string().min(1, 'must not be empty').max(COMMENT_LIMITS.body))

/** POST /api/workspaces/:id/comments */
export const createCommentBody = z.object({ anchor: commentAnchor, body: commentText })
/** POST /api/comments/:id/replies, PATCH /api/comments/:id, PATCH /api/comments/:id/replies/:replyId */
export const commentBodyOnly = z.object({ body: commentText })

/** Who wrote a comment or reply (the name as it was when they wrote it). */
export interface CommentAuthor {
  id: string
  name: string
  role: 'lecturer' | 'student'
}

/** One reply of a thread. */
export interface CommentReply {
  id: string
  author: CommentAuthor
  body: string
  createdAt: string
  editedAt?: string
}

/** A comment thread, as GET /api/workspaces/:id/comments lists it. */
export interface CommentThread {
  id: string
  workspaceId: string
  anchor: CommentAnchor
  status: 'open' | 'resolved'
  createdAt: string
  author: CommentAuthor
  body: string
  editedAt?: string
  replies: CommentReply[]
}

/** What happened to a thread (socket.io `comment:changed`). */
export type CommentAction = 'created' | 'replied' | 'edited' | 'deleted' | 'resolved' | 'reopened'

/** socket.io `comment:changed`: the thread as it is now, or null when it was deleted. */
export interface CommentChangedEvent {
  workspaceId: string
  threadId: string
  thread: CommentThread | null
  action: CommentAction
}
