import { useTranslation } from 'react-i18next'
import type { ExerciseEndReason } from '../../../../cases/contracts/exercises'
import type { VersionSummary } from '../../../../cases/contracts/http'
import { formatZoned } from '../../components/zonedTime'
import { useLang } from '../../i18n/useBilingual'
import { submitterName } from './submitterName'

interface Props {
  submitted: boolean
  lastSubmission: VersionSummary | null
  /** Edits on this device the server did not take (made offline or after the lock). */
  held: boolean
  /** Returned for revision while the page was open. */
  returned: boolean
  member: boolean
  /** Why the live exercise ended (its end submitted as the system): names a lecturer's early end as such. */
  exerciseEndedBy?: ExerciseEndReason | null
}

/** Submitted (version, time in the viewer's zone, by whom; held edits named), or returned for revision. */
export function SubmissionBanner({
  submitted,
  lastSubmission,
  held,
  returned,
  member,
  exerciseEndedBy,
}: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  if (!submitted)
    return returned && member ? (
      <p className="notice" role="status" data-testid="returned-banner">
        {t('submission.returned')}
      </p>
    ) : null
  const who = submitterName(t, lastSubmission?.submittedBy, exerciseEndedBy)
  return (
    <div className="notice submitted-banner" data-testid="submitted-banner">
      <p>
        <strong>
          {lastSubmission
            ? t('submission.submittedVersion', {
                version: lastSubmission.version,
                time: formatZoned(lastSubmission.submittedAt, lang),
                who,
              })
            : t('submission.submittedPlain')}
        </strong>
      </p>
      {member && <p>{t('submission.readOnlyUntilReturned')}</p>}
      {member && held && (
        <p className="warn-text" role="alert" data-testid="held-edits">
          {t('submission.heldEdits')}
        </p>
      )}
    </div>
  )
}
