import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'

/** An error shown to the user: the server's message, or a translated note when offline. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  let text = t('errors.unknown')
  if (error instanceof ApiError) text = error.status === 0 ? t('errors.network') : error.message
  else if (error instanceof Error) text = error.message
  return (
    <p className="error" role="alert">
      {text}
    </p>
  )
}
