import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { WorkspaceSummary } from '../../../../cases/contracts/http'
import { formatZoned } from '../../components/zonedTime'
import { useBilingual, useLang } from '../../i18n/useBilingual'

/** The team's assignments, each opening the team's workspace. */
export function AssignmentList({ workspaces }: { workspaces: WorkspaceSummary[] }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const lang = useLang()
  if (workspaces.length === 0) return <p className="muted">{t('student.noAssignments')}</p>
  return (
    <ul className="cards" data-testid="assignments">
      {workspaces.map((w) => (
        <li key={w.id}>
          <Link to={`/w/${w.id}`} className="tap">
            {bi(w.title)}
          </Link>
          {w.dueAt && (
            <span className="muted"> · {t('assignments.due', { date: formatZoned(w.dueAt, lang) })}</span>
          )}
          {w.status === 'submitted' && w.lastSubmission && (
            <span className="muted" data-testid="assignment-status">
              {' '}
              · {t('submission.listSubmitted', { version: w.lastSubmission.version })}
            </span>
          )}
          {w.late && <span className="muted"> · {t('submission.late')}</span>}
        </li>
      ))}
    </ul>
  )
}
