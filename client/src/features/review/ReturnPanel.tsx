import { useState } from 'react'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { returnWork } from './api'
import { useReviewT } from './i18n'

/** "Return for revision" (asks first): the team can edit again and submit the next version. */
export function ReturnPanel({
  workspaceId,
  submitted,
  onReturned,
}: {
  workspaceId: string
  submitted: boolean
  onReturned(): void
}) {
  const t = useReviewT()
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState(false)
  return (
    <section className="panel review-return">
      <h2>{t('returnHeading')}</h2>
      <p>{t('statusNow', { status: submitted ? t('statusSubmitted') : t('statusOpen') })}</p>
      {done && <p className="notice">{t('returnDone')}</p>}
      <ErrorMessage error={error} />
      <ConfirmButton
        question={t('returnQuestion')}
        disabled={!submitted}
        onConfirm={() => {
          setError(null)
          returnWork(workspaceId).then(
            () => {
              setDone(true)
              onReturned()
            },
            (e: unknown) => setError(e),
          )
        }}
      >
        {t('returnButton')}
      </ConfirmButton>
    </section>
  )
}
