import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedInvitation } from '../../../../cases/contracts/invitations'
import { createInvitation, listInvitations, revokeInvitation } from '../../api/invitations'
import { useResource } from '../../api/useResource'
import { CopyableCode } from '../../components/CopyableCode'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { formatZoned } from '../../components/zonedTime'
import { useLang } from '../../i18n/useBilingual'

/**
 * Invite a lecturer (registration by invitation): make a single-use link and copy it (it is shown only now),
 * see one's links and withdraw those not used yet.
 */
export function InvitationsPanel() {
  const { t } = useTranslation()
  const lang = useLang()
  const invitations = useResource(listInvitations, 'invitations')
  const [created, setCreated] = useState<CreatedInvitation | null>(null)
  const create = useAction(async () => {
    setCreated(await createInvitation())
    await invitations.reload()
  })
  const revoke = useAction(async (id: string) => {
    await revokeInvitation(id)
    if (created?.id === id) setCreated(null)
    await invitations.reload()
  })

  return (
    <div className="panel" data-testid="invitations">
      <h2>{t('invitations.title')}</h2>
      <p className="muted">{t('invitations.intro')}</p>
      <button type="button" onClick={() => void create.run()} disabled={create.busy}>
        {t('invitations.create')}
      </button>
      {created && (
        <>
          <CopyableCode code={created.url} label={t('invitations.link')} />
          <p className="muted">
            {t('invitations.shownOnce', { time: formatZoned(created.expiresAt, lang) })}
          </p>
        </>
      )}
      <ErrorMessage error={create.error ?? revoke.error ?? invitations.error} />
      {invitations.data && invitations.data.length > 0 && (
        <ul className="cards">
          {invitations.data.map((invitation) => (
            <li key={invitation.id}>
              {t(`invitations.status.${invitation.status}`, {
                time: formatZoned(invitation.usedAt ?? invitation.expiresAt, lang),
              })}
              {invitation.status === 'open' && (
                <button type="button" onClick={() => void revoke.run(invitation.id)} disabled={revoke.busy}>
                  {t('invitations.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
