import { useTranslation } from 'react-i18next'
import { ContributionReport } from './ContributionReport'
import { useMirror } from './useMirror'

interface Props {
  workspaceId: string
  /** Changes when the figures are worth loading again (e.g. after a submission). */
  refreshKey: string
}

/**
 * The team's own contribution mirror, shown only when the lecturer allows it (otherwise nothing at all):
 * per member what reached the shared document, the balance index and the indicators — indicators, not grades.
 */
export function ContributionMirror({ workspaceId, refreshKey }: Props) {
  const { t } = useTranslation()
  const { figures, reload } = useMirror(workspaceId, refreshKey)
  if (!figures) return null
  return (
    <ContributionReport
      figures={figures}
      className="panel contribution-mirror"
      headingId="mirror-heading"
      heading={t('mirror.heading')}
      note={t('mirror.notGrades')}
      memberLine={(m) =>
        t('mirror.member', {
          name: m.name,
          added: m.charsAdded,
          removed: m.charsRemoved,
          present: Math.round(m.textShare * 100),
          ecomap: m.ecomapEdits,
          comments: m.comments,
          minutes: m.activeMinutes,
        })
      }
      barsCaption={t('mirror.bars')}
      balanceLine={(value) => (value === null ? t('mirror.balanceNone') : t('mirror.balance', { value }))}
      waitingLine={t('mirror.waiting')}
    >
      <button type="button" className="small" onClick={() => void reload()}>
        {t('mirror.refresh')}
      </button>
    </ContributionReport>
  )
}
