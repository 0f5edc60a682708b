import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { getMyClass } from '../../api/student'
import { listWorkspaces } from '../../api/workspaces'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useServerEvents } from '../../realtime/useServerEvents'
import { ExerciseBanner } from '../exerciseClock/ExerciseBanner'
import { useSession } from '../session/sessionContext'
import { AssignmentList } from './AssignmentList'
import { ReturnCodeNotice } from './ReturnCodeNotice'
import { TeamPicker } from './TeamPicker'

function returnCodeFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('returnCode' in state)) return null
  const code = (state as { returnCode: unknown }).returnCode
  return typeof code === 'string' ? code : null
}

/** A student's page: the return code (once), their team, and their team's assignments, live. */
export default function StudentHome() {
  const { t } = useTranslation()
  const { user, refresh, logout } = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  const myClass = useResource(getMyClass, 'my-class')
  const workspaces = useResource(listWorkspaces, 'my-workspaces')
  const returnCode = returnCodeFrom(location.state)

  useServerEvents({
    'assignment:created': () => void workspaces.reload(),
    'workspace:status': () => void workspaces.reload(),
    'class:updated': () => void myClass.reload(),
    'membership:changed': () => {
      void refresh()
      void myClass.reload()
      void workspaces.reload()
    },
    'session:ended': () => {
      void Promise.resolve(navigate('/')).then(logout)
    },
  })

  if (!user || user.role !== 'student') return null
  const team = myClass.data?.teams.find((tm) => tm.id === user.teamId)

  return (
    <section>
      <ExerciseBanner classId={user.classId} />
      {returnCode && (
        <ReturnCodeNotice
          code={returnCode}
          onDone={() => void navigate('.', { replace: true, state: null })}
        />
      )}
      <h1>{myClass.data?.name ?? t('common.loading')}</h1>
      <ErrorMessage error={myClass.error} />
      {myClass.data && (
        <TeamPicker
          cls={myClass.data}
          currentTeamId={user.teamId}
          onPicked={async () => {
            await refresh()
            await Promise.all([myClass.reload(), workspaces.reload()])
          }}
        />
      )}
      {team && (
        <h2>
          {t(namesItselfATeam(team.name) ? 'student.assignmentsOfNamed' : 'student.assignmentsOf', {
            team: team.name,
          })}
        </h2>
      )}
      <ErrorMessage error={workspaces.error} />
      {user.teamId && <AssignmentList workspaces={workspaces.data ?? []} />}
    </section>
  )
}

/** "Tim Mawar" or "Team 3" already says "team": the heading must not say it twice ("Tugas tim Tim Mawar"). */
const namesItselfATeam = (name: string) => /^(tim|team|kelompok|group)\b/i.test(name.trim())
