import { Link } from 'react-router'
import type { ReviewState, WorkspaceOverview } from '../../../../cases/contracts/overview'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { useReviewT } from './i18n'
import type { ReviewKey } from './strings'
import { TemplateProgress } from './TemplateProgress'
import { formatZoned } from '../../components/zonedTime'

const REVIEW_KEYS: Record<ReviewState, ReviewKey> = {
  none: 'reviewNone',
  graded: 'reviewGraded',
  released: 'reviewReleased',
}

interface Props {
  classId: string
  teamName: string
  workspace: WorkspaceOverview
}

/** One team × assignment: status, late, progress, last activity, review state and links. */
export function DashboardCell({ classId, teamName, workspace }: Props) {
  const t = useReviewT()
  const lang = useLang()
  const pick = useBilingual()
  const base = `/classes/${encodeURIComponent(classId)}/review/${encodeURIComponent(workspace.workspaceId)}`
  const submitted = workspace.status === 'submitted'
  const { filled, total } = workspace.completion
  return (
    <div className="review-cell" data-workspace={workspace.workspaceId}>
      <p>
        <span className={submitted ? 'review-badge submitted' : 'review-badge'}>
          {submitted ? t('statusSubmitted') : t('statusOpen')}
        </span>
        {workspace.late && <span className="review-badge late">{t('late')}</span>}
        {workspace.lastSubmission && (
          <span className="small"> {t('version', { n: workspace.lastSubmission.version })}</span>
        )}
      </p>
      <progress max={Math.max(1, total)} value={filled} aria-label={t('completion', { filled, total })} />
      <p className="small">{t('completion', { filled, total })}</p>
      <TemplateProgress progress={workspace.progress} />
      <p className="small">{t(REVIEW_KEYS[workspace.reviewState])}</p>
      {workspace.enoughEvidence && workspace.balance !== null && (
        <p className="small" title={t('contributionsNote')}>
          {t('cellBalance', { value: workspace.balance.toFixed(2) })}
          {/* Neutral colour: a pattern to talk about, never styled like late work. */}
          {workspace.indicators.map((i) => (
            <span key={i.kind} className="review-badge indicator">
              {pick(i.label)}
            </span>
          ))}
        </p>
      )}
      <p className="small muted">
        {workspace.lastActivity
          ? t('lastActivity', { time: formatZoned(workspace.lastActivity, lang) })
          : t('noActivity')}
      </p>
      <p className="review-links small">
        <Link to={`/w/${encodeURIComponent(workspace.workspaceId)}`}>{t('openWorkspace')}</Link>{' '}
        <Link to={base} aria-label={`${t('grade')} ${teamName}`}>
          {t('grade')}
        </Link>{' '}
        <Link to={`${base}#versions`}>{t('versions')}</Link>
      </p>
    </div>
  )
}
