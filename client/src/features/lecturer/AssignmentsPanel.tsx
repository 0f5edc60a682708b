import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { formatZoned } from '../../components/zonedTime'
import { useBilingual, useLang } from '../../i18n/useBilingual'

/** The class's assignments (due date with its time and zone), each with a read-only link to every team's workspace. */
export function AssignmentsPanel({ cls }: { cls: ClassDetail }) {
  const { t } = useTranslation()
  const bi = useBilingual()
  const lang = useLang()
  const teamName = (teamId: string) => cls.teams.find((team) => team.id === teamId)?.name ?? teamId

  return (
    <div className="panel">
      <h2>{t('assignments.title')}</h2>
      {cls.assignments.length === 0 && <p className="muted">{t('assignments.none')}</p>}
      <ul className="cards">
        {cls.assignments.map((a) => (
          <li key={a.id}>
            <strong>{bi(a.title)}</strong>
            {a.dueAt && (
              <span className="muted"> · {t('assignments.due', { date: formatZoned(a.dueAt, lang) })}</span>
            )}
            <ul className="inline-list">
              {a.workspaces.map((w) => (
                <li key={w.id}>
                  <Link to={`/w/${w.id}`}>{teamName(w.teamId)}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <Link className="button primary" to={`/classes/${cls.id}/assign`}>
        {t('assignments.new')}
      </Link>
    </div>
  )
}
