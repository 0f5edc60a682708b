import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { getWorkspace } from '../../api/workspaces'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { useSession } from '../session/sessionContext'
import { CaseText } from './CaseText'
import { WorkspaceEditor } from './WorkspaceEditor'

/** A team's workspace: the case text beside the template forms, edited live together. */
export default function WorkspacePage() {
  const { t } = useTranslation()
  const bi = useBilingual()
  const { workspaceId = '' } = useParams()
  const { user } = useSession()
  const workspace = useResource(() => getWorkspace(workspaceId), workspaceId)
  const detail = workspace.data
  const back = user?.role === 'lecturer' && detail ? `/classes/${detail.classId}` : '/me'

  return (
    <section className="workspace">
      <p>
        <Link to={back}>← {t('workspace.back')}</Link>
      </p>
      <ErrorMessage error={workspace.error} />
      {detail && user && (
        <>
          <h1>
            {bi(detail.title)} <span className="muted">· {detail.teamName}</span>
          </h1>
          <div className="workspace-columns">
            <CaseText caseStudy={detail.case} />
            <WorkspaceEditor workspace={detail} user={user} back={back} />
          </div>
        </>
      )}
    </section>
  )
}
