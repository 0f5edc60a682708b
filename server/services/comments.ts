import {
  COMMENT_LIMITS,
  type CommentAction,
  type CommentAnchor,
  type CommentAuthor,
  type CommentThread,
} from '../../cases/contracts/comments'
import type { ClassRecord, WorkspaceRecord } from '../storage/types'
import { checkAnchor } from './commentAnchor'
import { assertWritable, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import { KeyedLock } from './locks'
import type { AccessService, AuthUser } from './ports'
import { newId } from './secrets'

/** A workspace the user takes part in (its team's students, its class's lecturers). */
interface Participation {
  user: AuthUser
  record: ClassRecord
  workspace: WorkspaceRecord
}

const author = (user: AuthUser): CommentAuthor => ({ id: user.id, name: user.name, role: user.role })
const isLecturer = (p: Participation) => p.user.role === 'lecturer'

/** Only the author edits; 403 for everyone else (so a student never edits a lecturer's words). */
function mustBeAuthor(p: Participation, of: CommentAuthor, what: string): void {
  if (of.id !== p.user.id) throw refused('author_only', `Only the author can change this ${what}.`)
}

/** The author or a lecturer of the class deletes; 403 for everyone else. */
function mayDelete(p: Participation, of: CommentAuthor, what: string): void {
  if (of.id !== p.user.id && !isLecturer(p))
    throw refused('author_or_lecturer_only', `Only the author or a lecturer can delete this ${what}.`)
}

/**
 * Anchored comment threads with replies, kept outside the students' Yjs document. Every change is stored under a
 * per-workspace lock, then announced as `comment:changed` to the team and the class's lecturers.
 */
export function createCommentService(ctx: ServiceContext, access: AccessService) {
  const { storage } = ctx
  const locks = new KeyedLock()

  async function participate(user: AuthUser, workspaceId: string): Promise<Participation> {
    const role = await access.workspaceRole(user, workspaceId)
    const record = role ? await storage.classes.findByWorkspace(workspaceId) : undefined
    const workspace = record?.workspaces.find((w) => w.id === workspaceId)
    if (!record || !workspace) throw forbidden()
    return { user, record, workspace }
  }

  /** Change the threads of a workspace under its lock, store them and announce the change. */
  async function change(
    p: Participation,
    threadId: string,
    action: CommentAction,
    edit: (threads: CommentThread[]) => CommentThread | null,
  ): Promise<CommentThread | null> {
    const workspaceId = p.workspace.id
    assertWritable(p.record)
    const thread = await locks.run(workspaceId, async () => {
      const threads = await storage.comments.list(workspaceId)
      const result = edit(threads)
      if (JSON.stringify(threads).length > COMMENT_LIMITS.charactersPerWorkspace) {
        throw refused('comments_full', 'This workspace’s comments are full; delete resolved threads first.')
      }
      await storage.comments.put(workspaceId, threads)
      return result
    })
    ctx.events.emit('comment:changed', {
      classId: p.record.id,
      teamId: p.workspace.teamId,
      change: { workspaceId, threadId, thread, action },
    })
    return thread
  }

  /** The thread's workspace if the user takes part in it; 403 whether or not the thread exists. */
  async function openThread(user: AuthUser, threadId: string): Promise<Participation> {
    const workspaceId = await storage.comments.workspaceOf(threadId)
    if (!workspaceId) throw forbidden()
    return participate(user, workspaceId)
  }

  function find(threads: CommentThread[], threadId: string): CommentThread {
    const thread = threads.find((t) => t.id === threadId)
    if (!thread) throw refused('comment_not_found', 'This comment no longer exists.')
    return thread
  }

  function findReply(thread: CommentThread, replyId: string) {
    const reply = thread.replies.find((r) => r.id === replyId)
    if (!reply) throw refused('reply_not_found', 'This reply no longer exists.')
    return reply
  }

  const now = () => new Date().toISOString()

  return {
    async list(user: AuthUser, workspaceId: string): Promise<CommentThread[]> {
      await participate(user, workspaceId)
      return storage.comments.list(workspaceId)
    },

    async create(user: AuthUser, workspaceId: string, anchor: CommentAnchor, body: string) {
      const p = await participate(user, workspaceId)
      const assignment = p.record.assignments.find((a) => a.id === p.workspace.assignmentId)
      checkAnchor(anchor, assignment?.templates ?? [])
      const thread: CommentThread = {
        id: newId(),
        workspaceId,
        anchor,
        status: 'open',
        createdAt: now(),
        author: author(user),
        body,
        replies: [],
      }
      await change(p, thread.id, 'created', (threads) => {
        if (threads.length >= COMMENT_LIMITS.threadsPerWorkspace) {
          throw refused(
            'too_many_comment_threads',
            `A workspace holds at most ${COMMENT_LIMITS.threadsPerWorkspace} comment threads; delete resolved ones first.`,
          )
        }
        threads.push(thread)
        return thread
      })
      return thread
    },

    async reply(user: AuthUser, threadId: string, body: string) {
      const p = await openThread(user, threadId)
      return change(p, threadId, 'replied', (threads) => {
        const thread = find(threads, threadId)
        if (thread.replies.length >= COMMENT_LIMITS.repliesPerThread) {
          throw refused(
            'too_many_replies',
            `A thread holds at most ${COMMENT_LIMITS.repliesPerThread} replies.`,
          )
        }
        thread.replies.push({ id: newId(), author: author(user), body, createdAt: now() })
        return thread
      })
    },

    async edit(user: AuthUser, threadId: string, body: string) {
      const p = await openThread(user, threadId)
      return change(p, threadId, 'edited', (threads) => {
        const thread = find(threads, threadId)
        mustBeAuthor(p, thread.author, 'comment')
        Object.assign(thread, { body, editedAt: now() })
        return thread
      })
    },

    async remove(user: AuthUser, threadId: string): Promise<void> {
      const p = await openThread(user, threadId)
      await change(p, threadId, 'deleted', (threads) => {
        const thread = find(threads, threadId)
        mayDelete(p, thread.author, 'comment')
        // A student deleting their own thread would take others' replies (a lecturer's too) with it.
        if (!isLecturer(p) && thread.replies.some((r) => r.author.id !== user.id)) {
          throw refused(
            'comment_has_replies',
            'Others have replied to this comment; resolve it instead of deleting it.',
          )
        }
        threads.splice(threads.indexOf(thread), 1)
        return null
      })
    },

    async setStatus(user: AuthUser, threadId: string, status: CommentThread['status']) {
      const p = await openThread(user, threadId)
      return change(p, threadId, status === 'resolved' ? 'resolved' : 'reopened', (threads) => {
        const thread = find(threads, threadId)
        thread.status = status
        return thread
      })
    },

    async editReply(user: AuthUser, threadId: string, replyId: string, body: string) {
      const p = await openThread(user, threadId)
      return change(p, threadId, 'edited', (threads) => {
        const thread = find(threads, threadId)
        const reply = findReply(thread, replyId)
        mustBeAuthor(p, reply.author, 'reply')
        Object.assign(reply, { body, editedAt: now() })
        return thread
      })
    },

    async removeReply(user: AuthUser, threadId: string, replyId: string) {
      const p = await openThread(user, threadId)
      return change(p, threadId, 'edited', (threads) => {
        const thread = find(threads, threadId)
        mayDelete(p, findReply(thread, replyId).author, 'reply')
        thread.replies = thread.replies.filter((r) => r.id !== replyId)
        return thread
      })
    },
  }
}

/** The comment service. */
export type CommentService = ReturnType<typeof createCommentService>
