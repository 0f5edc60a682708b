import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentAuthor } from '../../../../cases/contracts/comments'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { formatZoned } from '../../components/zonedTime'
import { useLang } from '../../i18n/useBilingual'
import { TextForm } from './TextForm'

interface Props {
  author: CommentAuthor
  body: string
  createdAt: string
  editedAt?: string
  /** Only the author edits (so a student never changes a lecturer's words). */
  canEdit: boolean
  canDelete: boolean
  onEdit(body: string): Promise<unknown>
  onDelete(): Promise<unknown>
}

/** One comment or reply: who (lecturer or student), when, the plain text, and edit/delete where allowed. */
export function CommentPost({
  author,
  body,
  createdAt,
  editedAt,
  canEdit,
  canDelete,
  onEdit,
  onDelete,
}: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  const [editing, setEditing] = useState(false)
  const remove = useAction(onDelete)
  return (
    <div className={`comment-post by-${author.role}`} data-testid="comment-post" data-role={author.role}>
      <p className="comment-meta">
        <strong>{author.name}</strong>{' '}
        <span className={`role-badge ${author.role}`}>{t(`comments.role.${author.role}`)}</span>{' '}
        <span className="muted">
          {formatZoned(createdAt, lang)}
          {editedAt && ` · ${t('comments.edited')}`}
        </span>
      </p>
      {editing ? (
        <TextForm
          label={t('comments.editLabel')}
          submitLabel={t('common.save')}
          initial={body}
          autoFocus
          onSubmit={async (text) => {
            await onEdit(text)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        // Plain text, never HTML: React escapes it; line breaks are kept by CSS.
        <p className="comment-body">{body}</p>
      )}
      {!editing && (canEdit || canDelete) && (
        <div className="comment-actions">
          {canEdit && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </button>
          )}
          {canDelete && (
            <ConfirmButton
              className="link-button"
              question={t('comments.deleteQuestion')}
              onConfirm={() => void remove.run()}
            >
              {t('comments.delete')}
            </ConfirmButton>
          )}
        </div>
      )}
      <ErrorMessage error={remove.error} />
    </div>
  )
}
