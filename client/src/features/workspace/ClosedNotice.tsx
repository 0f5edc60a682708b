import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { CloseCode } from '../../../../cases/contracts/closeCodes'
import { listWorkspaces } from '../../api/workspaces'
import { useSession } from '../session/sessionContext'

/** Where a student moved to another team goes: their new team's workspace of the same assignment, if any. */
async function nextPlace(assignmentId: string, current: string, back: string): Promise<string> {
  try {
    const next = (await listWorkspaces()).find((w) => w.assignmentId === assignmentId && w.id !== current)
    return next ? `/w/${encodeURIComponent(next.id)}` : back
  } catch {
    return back
  }
}

/**
 * Why the server ended the live connection for good. On a lost session go to the start page; on lost access
 * (moved to another team) follow the student to their new team's workspace of the same assignment, else go back.
 */
export function ClosedNotice({
  code,
  back,
  workspaceId,
  assignmentId,
}: {
  code: number
  back: string
  workspaceId: string
  assignmentId: string
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { refresh } = useSession()

  useEffect(() => {
    // Ask the server who we are now (team moved, session ended) before going back.
    if (code === CloseCode.UNAUTHENTICATED) void refresh().then(() => navigate('/'))
    else if (code === CloseCode.NO_ACCESS) {
      void refresh()
        .then(() => nextPlace(assignmentId, workspaceId, back))
        .then((to) => navigate(to))
    }
  }, [code, back, navigate, refresh, assignmentId, workspaceId])

  const reason =
    code === CloseCode.LOCKED
      ? t('closed.locked')
      : code === CloseCode.TOO_LARGE
        ? t('closed.tooLarge')
        : code === CloseCode.NO_ACCESS
          ? t('closed.noAccess')
          : code === CloseCode.UNAUTHENTICATED
            ? t('closed.unauthenticated')
            : code === CloseCode.DOCUMENT_TOO_LARGE
              ? t('closed.documentTooLarge')
              : t('closed.other', { code })
  return (
    <div className="notice warn" role="alert">
      <p>{reason}</p>
      <p>{t('closed.keptLocally')}</p>
      <div className="actions">
        {code === CloseCode.LOCKED && (
          <button type="button" onClick={() => window.location.reload()}>
            {t('closed.reloadReadOnly')}
          </button>
        )}
        <Link to={back}>{t('workspace.back')}</Link>
      </div>
    </div>
  )
}
