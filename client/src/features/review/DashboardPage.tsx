import { Link, useParams } from 'react-router'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { getOverview } from './api'
import { AssignmentTools, ResultsZipLink } from './AssignmentTools'
import { GradebookLinks } from '../grades/GradebookLinks'
import { DashboardCell } from './DashboardCell'
import { useReviewT } from './i18n'
import { useReviewEvents } from './useReviewEvents'

/** /classes/:classId/review — teams × assignments with status, progress, activity, review state and links. */
export function DashboardPage() {
  const t = useReviewT()
  const pick = useBilingual()
  const lang = useLang()
  const { classId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const overview = useResource(() => getOverview(classId), classId)
  useReviewEvents({
    status: (p) => {
      if (p.classId === classId) void overview.reload()
    },
    // Only this class's lecturers hear it, but a lecturer may teach several classes.
    grade: (p) => {
      if (overview.data?.workspaces.some((w) => w.workspaceId === p.workspaceId)) void overview.reload()
    },
  })

  const detail = cls.data
  const byId = new Map((overview.data?.workspaces ?? []).map((w) => [w.workspaceId, w]))
  const encoded = encodeURIComponent(classId)
  return (
    <section className="review-page">
      <p>
        <Link to={`/classes/${encoded}`}>{t('backToClass')}</Link>
      </p>
      <ErrorMessage error={cls.error ?? overview.error} />
      {!detail && !cls.error && <p className="muted">{t('loading')}</p>}
      {detail && (
        <>
          <h1>{t('dashboardTitle', { className: detail.name })}</h1>
          <p>
            <a href={`/api/classes/${encoded}/gradebook.csv${lang === 'en' ? '?lang=en' : ''}`} download>
              {t('gradebook')}
            </a>{' '}
            · <ResultsZipLink classId={classId} />
          </p>
          <GradebookLinks classId={classId} />
          {detail.assignments.length === 0 && <p className="muted">{t('noAssignments')}</p>}
          {detail.teams.length === 0 && <p className="muted">{t('noTeams')}</p>}
          {detail.assignments.length > 0 && detail.teams.length > 0 && (
            <div className="review-grid-box" tabIndex={0} role="region" aria-label={t('gridCaption')}>
              <table className="review-grid">
                <caption className="muted small">
                  {t('gridCaption')} {t('progressLegend')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('team')}</th>
                    {detail.assignments.map((a) => (
                      <th key={a.id} scope="col">
                        {pick(a.title)}
                        <br />
                        <Link
                          className="small"
                          to={`/classes/${encoded}/assignments/${encodeURIComponent(a.id)}/compare`}
                        >
                          {t('compareLink')}
                        </Link>
                        <AssignmentTools classId={classId} assignment={a} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {detail.teams.map((team) => (
                    <tr key={team.id}>
                      <th scope="row">{team.name}</th>
                      {detail.assignments.map((a) => {
                        const id = a.workspaces.find((w) => w.teamId === team.id)?.id
                        const workspace = id ? byId.get(id) : undefined
                        return (
                          <td key={a.id}>
                            {workspace ? (
                              <DashboardCell classId={classId} teamName={team.name} workspace={workspace} />
                            ) : (
                              t('noWorkspace')
                            )}
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}
