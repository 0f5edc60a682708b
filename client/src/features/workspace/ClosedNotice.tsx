import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { CloseCode } from '../../../../cases/contracts/closeCodes'
import { useSession } from '../session/sessionContext'

/** Why the server ended the live connection for good; on lost access or session, go back. */
export function ClosedNotice({ code, back }: { code: number; back: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { refresh } = useSession()

  useEffect(() => {
    // Ask the server who we are now (team moved, session ended) before going back.
    if (code === CloseCode.UNAUTHENTICATED) void refresh().then(() => navigate('/'))
    else if (code === CloseCode.NO_ACCESS) void refresh().then(() => navigate(back))
  }, [code, back, navigate, refresh])

  const reason =
    code === CloseCode.LOCKED
      ? t('closed.locked')
      : code === CloseCode.TOO_LARGE
        ? t('closed.tooLarge')
        : code === CloseCode.NO_ACCESS
          ? t('closed.noAccess')
          : code === CloseCode.UNAUTHENTICATED
            ? t('closed.unauthenticated')
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
