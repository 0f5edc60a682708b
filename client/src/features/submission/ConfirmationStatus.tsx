import { useTranslation } from 'react-i18next'
import type { SubmitConfirmations } from '../../../../cases/contracts/confirmations'
import { useConfirmationsContext } from './useConfirmations'

/** Who has confirmed the submission and who still has to, when the lecturer requires every member's confirmation. */
export function ConfirmationStatus({ state }: { state: SubmitConfirmations }) {
  const { t } = useTranslation()
  if (!state.required) return null
  const names = (members: { name: string }[]) => members.map((m) => m.name).join(', ')
  return (
    <div className="confirmation-status" role="status" data-testid="confirmation-status">
      <p>{t('submitCheck.allMustConfirm')}</p>
      {state.confirmed.length > 0 && (
        <p data-testid="confirmed-members">{t('submitCheck.confirmed', { names: names(state.confirmed) })}</p>
      )}
      {state.pending.length > 0 ? (
        <p data-testid="pending-members">{t('submitCheck.pending', { names: names(state.pending) })}</p>
      ) : (
        state.confirmed.length > 0 && <p>{t('submitCheck.nobodyPending')}</p>
      )}
    </div>
  )
}

/** The workspace's confirmations as they change, for the team and the lecturers (nothing unless required). */
export function LiveConfirmationStatus() {
  const confirmations = useConfirmationsContext()
  if (!confirmations?.state.required) return null
  return (
    <div className="notice">
      <ConfirmationStatus state={confirmations.state} />
    </div>
  )
}
