import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { getWorkspace } from '../../api/workspaces'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Loading'
import { ExerciseBanner } from '../exerciseClock/ExerciseBanner'
import { useSession } from '../session/sessionContext'
import { WorkspaceBody } from './WorkspaceBody'

/** A team's workspace: the case text beside the template forms, edited live together; links to its print view and history. */
export default function WorkspacePage() {
  const { t } = useTranslation()
  const { workspaceId = '' } = useParams()
  const { user } = useSession()
  const workspace = useResource(() => getWorkspace(workspaceId), workspaceId)
  const detail = workspace.data
  const back = user?.role === 'lecturer' && detail ? `/classes/${detail.classId}` : '/me'
  const own = `/w/${encodeURIComponent(workspaceId)}`

  return (
    <section className="workspace">
      <p className="workspace-links">
        <Link to={back}>← {t('workspace.back')}</Link>
        {' · '}
        <Link to={`${own}/print`}>{t('workspace.print')}</Link>
        {' · '}
        <Link to={`${own}/history`}>{t('workspace.history')}</Link>
      </p>
      {detail && user?.role === 'student' && (
        <ExerciseBanner classId={detail.classId} workspaceId={detail.id} />
      )}
      <ErrorMessage error={workspace.error} />
      <Loading pending={!detail && !workspace.error} />
      {detail && user && <WorkspaceBody key={detail.id} detail={detail} user={user} back={back} />}
    </section>
  )
}
