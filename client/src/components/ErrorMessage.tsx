import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'

const TRANSLATED = [
  'invalid_credentials',
  'name_taken',
  'rate_limited',
  'too_many_joins',
  'too_many_signups',
  'unauthenticated',
  'forbidden',
  'storage_unavailable',
  'class_archived',
  'invitation_required',
  'invitation_invalid',
  'document_too_large',
] as const
type Translated = (typeof TRANSLATED)[number]
const isTranslated = (code: string): code is Translated => (TRANSLATED as readonly string[]).includes(code)

/**
 * An error shown to the user: common error codes in the user's language, otherwise the server's
 * own message (validation messages name the field), or a note when the server is unreachable.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  let text = t('errors.unknown')
  if (error instanceof ApiError) {
    if (error.status === 0) text = t('errors.network')
    else if (isTranslated(error.code)) text = t(`errors.codes.${error.code}`)
    else text = error.message
  } else if (error instanceof Error) text = error.message
  return (
    <p className="error" role="alert">
      {text}
    </p>
  )
}
