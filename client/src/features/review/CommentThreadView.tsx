import { useState } from 'react'
import type { CommentThread } from '../../../../cases/contracts/comments'
import { COMMENT_LIMITS } from '../../../../cases/contracts/comments'
import type { Bilingual } from '../../../../cases/i18n/bilingual'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useLang } from '../../i18n/useBilingual'
import { anchorLabel } from './anchorLabel'
import { replyTo, setResolved } from './api'
import { useReviewT } from './i18n'
import { formatZoned } from '../../components/zonedTime'

interface Props {
  thread: CommentThread
  pick(text: Bilingual | undefined): string
  onChanged(): void
}

/** One thread: where it points, the comment and its replies (plain text), a reply box, resolve or reopen. */
export function CommentThreadView({ thread, pick, onChanged }: Props) {
  const t = useReviewT()
  const lang = useLang()
  const [reply, setReply] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)

  async function act(action: () => Promise<unknown>) {
    setBusy(true)
    setError(null)
    try {
      await action()
      onChanged()
      return true
    } catch (e) {
      setError(e)
      return false
    } finally {
      setBusy(false)
    }
  }

  const resolved = thread.status === 'resolved'
  return (
    <li className={resolved ? 'review-thread resolved' : 'review-thread'} data-thread={thread.id}>
      <p className="small muted">
        {anchorLabel(thread.anchor, pick)}
        {resolved && ` · ${t('resolved')}`}
      </p>
      {thread.anchor.quote && <p className="small">{t('quote', { quote: thread.anchor.quote })}</p>}
      <p className="small muted">
        {t('authorAt', { name: thread.author.name, time: formatZoned(thread.createdAt, lang) })}
      </p>
      <p className="review-text">{thread.body}</p>
      {thread.replies.length > 0 && (
        <ul className="review-replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <p className="small muted">
                {t('authorAt', { name: r.author.name, time: formatZoned(r.createdAt, lang) })}
              </p>
              <p className="review-text">{r.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        className="review-reply"
        onSubmit={(e) => {
          e.preventDefault()
          if (reply.trim() === '') return
          void act(() => replyTo(thread.id, reply)).then((ok) => ok && setReply(''))
        }}
      >
        <label className="field">
          <span>{t('replyLabel')}</span>
          <textarea
            rows={2}
            maxLength={COMMENT_LIMITS.body}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
        </label>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy || reply.trim() === ''}>
            {t('reply')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => setResolved(thread.id, !resolved))}
          >
            {resolved ? t('reopen') : t('resolve')}
          </button>
        </div>
      </form>
    </li>
  )
}
