import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { WorkspaceSummary } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'

/** The team's assignments, each opening the team's workspace. */
export function AssignmentList({ workspaces }: { workspaces: WorkspaceSummary[] }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  if (workspaces.length === 0) return <p className="muted">{t('student.noAssignments')}</p>
  return (
    <ul className="cards" data-testid="assignments">
      {workspaces.map((w) => (
        <li key={w.id}>
          <Link to={`/w/${w.id}`}>{bi(w.title)}</Link>
          {w.dueAt && (
            <span className="muted">
              {' '}
              · {t('assignments.due', { date: new Date(w.dueAt).toLocaleDateString() })}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
