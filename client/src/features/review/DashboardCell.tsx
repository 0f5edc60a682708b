import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import type { WorkspaceSummary } from '../../../../cases/contracts/http'
import { useLang } from '../../i18n/useBilingual'
import { getExport, getGrade } from './api'
import { useReviewT } from './i18n'
import type { ReviewKey } from './strings'
import { formatZoned } from './zoneTime'

/** What a cell fetches on its own: completion from the export, and the review state from the grade. */
interface CellExtras {
  filled: number
  total: number
  review: Extract<ReviewKey, 'reviewNone' | 'reviewGraded' | 'reviewReleased'>
}

async function loadExtras(workspaceId: string): Promise<CellExtras> {
  const [exported, grade] = await Promise.all([getExport(workspaceId), getGrade(workspaceId)])
  let filled = 0
  let total = 0
  for (const c of Object.values(exported.completion)) {
    filled += c.filled
    total += c.total
  }
  const review = grade.released ? 'reviewReleased' : grade.graded ? 'reviewGraded' : 'reviewNone'
  return { filled, total, review }
}

/** One team × assignment: status, late, progress, last submission, review state and links. */
export function DashboardCell({ classId, workspace }: { classId: string; workspace: WorkspaceSummary }) {
  const t = useReviewT()
  const lang = useLang()
  const [extras, setExtras] = useState<CellExtras | null>(null)
  useEffect(() => {
    let cancelled = false
    loadExtras(workspace.id).then(
      (e) => {
        if (!cancelled) setExtras(e)
      },
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [workspace.id, workspace.status, workspace.lastSubmission?.version])

  const base = `/classes/${encodeURIComponent(classId)}/review/${encodeURIComponent(workspace.id)}`
  const submitted = workspace.status === 'submitted'
  return (
    <div className="review-cell" data-workspace={workspace.id}>
      <p>
        <span className={submitted ? 'review-badge submitted' : 'review-badge'}>
          {submitted ? t('statusSubmitted') : t('statusOpen')}
        </span>
        {workspace.late && <span className="review-badge late">{t('late')}</span>}
        {workspace.lastSubmission && (
          <span className="small"> {t('version', { n: workspace.lastSubmission.version })}</span>
        )}
      </p>
      {extras && (
        <>
          <progress
            max={Math.max(1, extras.total)}
            value={extras.filled}
            aria-label={t('completion', { filled: extras.filled, total: extras.total })}
          />
          <p className="small">{t('completion', { filled: extras.filled, total: extras.total })}</p>
          <p className="small">{t(extras.review)}</p>
        </>
      )}
      <p className="small muted">
        {workspace.lastSubmission
          ? t('lastActivity', { time: formatZoned(workspace.lastSubmission.submittedAt, lang) })
          : t('noActivity')}
      </p>
      <p className="review-links small">
        <Link to={`/w/${encodeURIComponent(workspace.id)}`}>{t('openWorkspace')}</Link>{' '}
        <Link to={base} aria-label={`${t('grade')} ${workspace.teamName}`}>
          {t('grade')}
        </Link>{' '}
        <Link to={`${base}#versions`}>{t('versions')}</Link>
      </p>
    </div>
  )
}
