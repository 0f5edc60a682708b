import type { WorkspaceContributions } from '../../../../cases/contributions/figures'
import { ContributionReport } from '../mirror/ContributionReport'
import { useReviewT } from './i18n'

/** The team's contribution mirror on the grading page, labelled as indicators, not grades. */
export function ContributionsPanel({ figures }: { figures: WorkspaceContributions }) {
  const t = useReviewT()
  return (
    <ContributionReport
      figures={figures}
      className="panel review-contributions"
      heading={t('contributionsHeading')}
      note={t('contributionsNote')}
      memberLine={(m) =>
        t('contributionsMember', {
          name: m.name,
          share: Math.round(m.share * 100),
          added: m.charsAdded,
          removed: m.charsRemoved,
          edits: m.ecomapEdits + m.fieldEdits,
          comments: m.comments,
          minutes: m.activeMinutes,
        })
      }
      barsCaption={t('contributionsBars')}
      balanceLine={(value) => (value === null ? t('balanceNone') : t('balance', { value }))}
      waitingLine={t('contributionsWaiting')}
    />
  )
}
