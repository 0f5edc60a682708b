import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMENT_LIMITS } from '../../../../cases/contracts/commentLimits'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'

interface Props {
  label: string
  submitLabel: string
  initial?: string
  autoFocus?: boolean
  /** Resolves once the server took it; the form then empties. */
  onSubmit(body: string): Promise<unknown>
  onCancel?(): void
}

/** A plain-text box for a comment, reply or edit; keeps the text when the server refuses it. */
export function TextForm({ label, submitLabel, initial = '', autoFocus, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const [body, setBody] = useState(initial)
  const send = useAction(onSubmit)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (body.trim() && (await send.run(body))) setBody('')
  }
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)}>
      <label>
        <span className="visually-hidden">{label}</span>
        <textarea
          value={body}
          aria-label={label}
          placeholder={label}
          maxLength={COMMENT_LIMITS.body}
          rows={3}
          autoFocus={autoFocus}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      <ErrorMessage error={send.error} />
      <div className="actions">
        <button type="submit" disabled={send.busy || !body.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
