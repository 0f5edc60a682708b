import { useTranslation } from 'react-i18next'
import type { CommentThread } from '../../../../cases/contracts/comments'
import type { PublicUser } from '../../../../cases/contracts/http'
import {
  deleteComment,
  deleteReply,
  editComment,
  editReply,
  replyToComment,
  setCommentResolved,
} from '../../api/comments'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { useBilingual } from '../../i18n/useBilingual'
import { anchorText } from './anchorText'
import { CommentPost } from './CommentPost'
import { ReplyBox } from './ReplyBox'
import type { CommentThreads } from './useCommentThreads'

interface Props {
  thread: CommentThread
  user: PublicUser
  threads: CommentThreads
  /** Scroll to the anchored field (and mark the passage). */
  onShow(thread: CommentThread): void
}

/** A thread: where it is anchored, the comment and its replies, reply, resolve/reopen. */
export function ThreadView({ thread, user, threads, onShow }: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const lecturer = user.role === 'lecturer'
  const resolve = useAction(async () =>
    threads.upsert(await setCommentResolved(thread.id, thread.status === 'open')),
  )
  const mine = thread.author.id === user.id
  // A student's own thread that others answered is resolved, not deleted (the server says 409).
  const othersReplied = thread.replies.some((r) => r.author.id !== user.id)
  const resolved = thread.status === 'resolved'

  return (
    <li className={`comment-thread ${resolved ? 'resolved' : ''}`} data-testid="comment-thread">
      <button type="button" className="link-button anchor-link" onClick={() => onShow(thread)}>
        {anchorText(thread.anchor, bi)}
      </button>
      {thread.anchor.quote !== undefined && (
        <blockquote className="comment-quote">{thread.anchor.quote}</blockquote>
      )}
      {resolved && <p className="muted">{t('comments.resolvedNote')}</p>}
      <CommentPost
        author={thread.author}
        body={thread.body}
        createdAt={thread.createdAt}
        editedAt={thread.editedAt}
        canEdit={mine}
        canDelete={lecturer || (mine && !othersReplied)}
        onEdit={async (body) => threads.upsert(await editComment(thread.id, body))}
        onDelete={async () => {
          await deleteComment(thread.id)
          threads.remove(thread.id)
        }}
      />
      <ol className="comment-replies">
        {thread.replies.map((reply) => (
          <li key={reply.id}>
            <CommentPost
              author={reply.author}
              body={reply.body}
              createdAt={reply.createdAt}
              editedAt={reply.editedAt}
              canEdit={reply.author.id === user.id}
              canDelete={lecturer || reply.author.id === user.id}
              onEdit={async (body) => threads.upsert(await editReply(thread.id, reply.id, body))}
              onDelete={async () => threads.upsert(await deleteReply(thread.id, reply.id))}
            />
          </li>
        ))}
      </ol>
      <div className="actions">
        <ReplyBox onReply={async (body) => threads.upsert(await replyToComment(thread.id, body))} />
        <button type="button" disabled={resolve.busy} onClick={() => void resolve.run()}>
          {resolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
      </div>
      <ErrorMessage error={resolve.error} />
    </li>
  )
}
