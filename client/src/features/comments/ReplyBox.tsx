import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextForm } from './TextForm'

/** "Reply" opens the box (kept closed so a list of threads stays short on a phone). */
export function ReplyBox({ onReply }: { onReply(body: string): Promise<unknown> }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('comments.reply')}
      </button>
    )
  return (
    <TextForm
      label={t('comments.replyLabel')}
      submitLabel={t('comments.send')}
      autoFocus
      onSubmit={async (body) => {
        await onReply(body)
        setOpen(false)
      }}
      onCancel={() => setOpen(false)}
    />
  )
}
