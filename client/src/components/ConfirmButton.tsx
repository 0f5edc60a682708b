import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  children: ReactNode
  /** What will happen, asked before doing it. */
  question: string
  onConfirm(): void
  disabled?: boolean
  className?: string
  /** The confirming button's words, naming the action (default "Ya, lanjutkan"). */
  confirmLabel?: string
}

/** A button that asks "are you sure?" inline before a destructive action (no window.confirm). */
export function ConfirmButton({ children, question, onConfirm, disabled, className, confirmLabel }: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {children}
      </button>
    )
  }
  return (
    <span className="confirm" role="group">
      <span>{question}</span>{' '}
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        {confirmLabel ?? t('common.yesSure')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  )
}
