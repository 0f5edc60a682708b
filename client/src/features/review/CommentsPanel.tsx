import { useState } from 'react'
import type { CommentThread } from '../../../../cases/contracts/comments'
import { COMMENT_LIMITS } from '../../../../cases/contracts/comments'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { createComment } from './api'
import { CommentThreadView } from './CommentThreadView'
import { useReviewT } from './i18n'
import type { CommentTarget } from './ResultView'

interface Props {
  workspaceId: string
  threads: CommentThread[]
  /** The field chosen with a "comment" button, or null. */
  target: CommentTarget | null
  clearTarget(): void
  onChanged(): void
}

/** The workspace's comment threads, and the form for a new comment on the chosen field. */
export function CommentsPanel({ workspaceId, threads, target, clearTarget, onChanged }: Props) {
  const t = useReviewT()
  const pick = useBilingual()
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)

  async function post() {
    if (!target || body.trim() === '') return
    setBusy(true)
    setError(null)
    try {
      await createComment(workspaceId, target.anchor, body)
      setBody('')
      clearTarget()
      onChanged()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel review-comments" aria-labelledby="review-comments-heading">
      <h2 id="review-comments-heading">{t('commentsHeading')}</h2>
      {target && (
        <form
          className="review-new-comment"
          onSubmit={(e) => {
            e.preventDefault()
            void post()
          }}
        >
          <label className="field">
            <span>{t('newCommentOn', { field: target.label })}</span>
            <textarea
              rows={3}
              maxLength={COMMENT_LIMITS.body}
              value={body}
              autoFocus
              onChange={(e) => setBody(e.target.value)}
            />
          </label>
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" disabled={busy || body.trim() === ''}>
              {t('postComment')}
            </button>
            <button type="button" onClick={clearTarget}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {threads.length === 0 && <p className="muted">{t('noComments')}</p>}
      <ul className="review-threads">
        {threads.map((thread) => (
          <CommentThreadView key={thread.id} thread={thread} pick={pick} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  )
}
