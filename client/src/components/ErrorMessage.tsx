import { useTranslation } from 'react-i18next'
import { errorText } from './errorText'

/**
 * An error shown to the user in their language (see errorText): the server's reason or code, or a note when the
 * server is unreachable.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <p className="error" role="alert">
      {errorText(t, error)}
    </p>
  )
}
