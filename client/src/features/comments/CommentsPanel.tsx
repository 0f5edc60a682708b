import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentAnchor, CommentThread } from '../../../../cases/contracts/comments'
import type { PublicUser } from '../../../../cases/contracts/http'
import { createComment } from '../../api/comments'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { anchorFieldPath, anchorText } from './anchorText'
import { TextForm } from './TextForm'
import { ThreadView } from './ThreadView'
import type { CommentThreads } from './useCommentThreads'
import './comments.css'

interface Props {
  workspaceId: string
  user: PublicUser
  threads: CommentThreads
  /** The anchor a field's "comment" button opened, or null. */
  draft: CommentAnchor | null
  clearDraft(): void
  /** Replace the draft's anchor (e.g. the whole field instead of the selected passage). */
  onDraft(anchor: CommentAnchor): void
  onShow(thread: CommentThread): void
  /** The field whose threads its "💬 n" button opened: only they are listed, with a way to start another. */
  focus?: CommentAnchor | null
  clearFocus?(): void
}

/** The same anchor without its passage. */
const wholeField = ({ templateId, path, itemId }: CommentAnchor): CommentAnchor =>
  itemId === undefined ? { templateId, path } : { templateId, path, itemId }

/** The workspace's comment threads (live), with the composer for a new one on a field or passage. */
export function CommentsPanel({
  workspaceId,
  user,
  threads,
  draft,
  clearDraft,
  onDraft,
  onShow,
  focus = null,
  clearFocus,
}: Props) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const [showResolved, setShowResolved] = useState(false)
  const composer = useRef<HTMLDivElement>(null)
  const focused = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (draft) composer.current?.scrollIntoView({ block: 'nearest' })
  }, [draft])
  useEffect(() => {
    if (!focus) return
    focused.current?.scrollIntoView({ block: 'start' })
    focused.current?.focus({ preventScroll: true })
  }, [focus])
  const focusPath = focus ? anchorFieldPath(focus) : null
  const onField = focusPath
    ? threads.threads.filter((th) => anchorFieldPath(th.anchor) === focusPath)
    : threads.threads
  const open = threads.threads.filter((th) => th.status === 'open')
  const resolved = onField.filter((th) => th.status === 'resolved')
  const openShown = onField.filter((th) => th.status === 'open')
  // A field's opened threads include its resolved ones: the button counted them.
  const shown = showResolved || focus ? [...openShown, ...resolved] : openShown

  return (
    <section className="comments-panel" aria-labelledby="comments-title" data-testid="comments-panel">
      <h2 id="comments-title">
        {t('comments.title')} <span className="muted">({open.length})</span>
      </h2>
      <ErrorMessage error={threads.error} />
      {draft && (
        <div className="comment-composer" ref={composer}>
          <p>
            {t('comments.newOn')} <strong>{anchorText(draft, bi)}</strong>
          </p>
          {draft.quote !== undefined && (
            <>
              <blockquote className="comment-quote">{draft.quote}</blockquote>
              <button type="button" className="link-button" onClick={() => onDraft(wholeField(draft))}>
                {t('comments.wholeField')}
              </button>
            </>
          )}
          <TextForm
            key={JSON.stringify(draft)}
            label={t('comments.newLabel')}
            submitLabel={t('comments.send')}
            autoFocus
            onSubmit={async (body) => {
              threads.upsert(await createComment(workspaceId, draft, body))
              clearDraft()
            }}
            onCancel={clearDraft}
          />
        </div>
      )}
      {focus && (
        <div className="comment-focus" ref={focused} tabIndex={-1} data-testid="comment-focus">
          <p>
            {t('comments.onField')} <strong>{anchorText(focus, bi)}</strong>
          </p>
          <div className="actions">
            <button type="button" onClick={() => onDraft(focus)}>
              {t('comments.newHere')}
            </button>
            {clearFocus && (
              <button type="button" className="link-button" onClick={clearFocus}>
                {t('comments.showAll')}
              </button>
            )}
          </div>
        </div>
      )}
      {shown.length === 0 && !draft && <p className="muted">{t('comments.none')}</p>}
      <ol className="comment-threads">
        {shown.map((thread) => (
          <ThreadView key={thread.id} thread={thread} user={user} threads={threads} onShow={onShow} />
        ))}
      </ol>
      {resolved.length > 0 && !focus && (
        <button type="button" className="link-button" onClick={() => setShowResolved((v) => !v)}>
          {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolved.length })}
        </button>
      )}
    </section>
  )
}
