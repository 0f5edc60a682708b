import { Link, useParams } from 'react-router'
import { getWorkspace } from '../../api/workspaces'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { useSession } from '../session/sessionContext'
import { HistoryPanel } from './HistoryPanel'
import { useHistoryT } from './i18n'

/** `/w/:workspaceId/history`: the history panel as a page of its own, with a way back to the workspace. */
export default function HistoryPage() {
  const { workspaceId = '' } = useParams()
  const lang = useLang()
  const pick = useBilingual()
  const t = useHistoryT(lang)
  const { user } = useSession()
  const { data, error } = useResource(() => getWorkspace(workspaceId), workspaceId)
  if (error) return <ErrorMessage error={error} />
  if (!data) return <p className="muted">{t('loading')}</p>
  const canRestore = user?.role === 'student' && data.status === 'open' && data.access === 'write'
  return (
    <div className="history-page">
      <p>
        <Link to={`/w/${encodeURIComponent(workspaceId)}`} className="tap">
          {t('back')}
        </Link>
      </p>
      <h1>
        {t('pageTitle')}: {pick(data.title)} · {data.teamName}
      </h1>
      <HistoryPanel
        workspaceId={workspaceId}
        templates={data.templates}
        canRestore={canRestore}
        lang={lang}
      />
    </div>
  )
}
