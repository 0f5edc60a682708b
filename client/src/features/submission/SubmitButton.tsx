import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { VersionSummary } from '../../../../cases/contracts/http'
import type { TemplateDef } from '../../../../cases/templates/types'
import { submitWorkspace, withdrawConfirmation } from '../../api/submissions'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { CompletionSummary } from './CompletionSummary'
import { ConfirmationStatus } from './ConfirmationStatus'
import { useConfirmationsContext } from './useConfirmations'

interface Props {
  workspaceId: string
  /** The signed-in member (their own confirmation is marked). */
  me: { id: string; name: string }
  doc: Y.Doc
  templates: readonly TemplateDef[]
  /** Some edits of this device are not stored on the server yet: they would not be part of the submission. */
  unsaved: boolean
  onSubmitted(version: VersionSummary): void
  /** The server refused (e.g. already submitted by a teammate): fetch the state again. */
  onRefused(): void
}

/**
 * "Submit" with a confirmation saying what happens (the work becomes read-only until the lecturer returns it),
 * how complete each template is and which sections are empty. When the lecturer requires every member's
 * confirmation, the button records this member's, names who is still pending, and can withdraw it.
 */
export function SubmitButton({ workspaceId, me, doc, templates, unsaved, onSubmitted, onRefused }: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const confirmations = useConfirmationsContext()
  const state = confirmations?.state
  const required = state?.required ?? false
  const mine = state?.confirmed.some((m) => m.id === me.id) ?? false
  // Once nobody is pending (a member who had not confirmed left), a confirmed member's submit submits.
  const waiting = required && mine && (state?.pending.length ?? 0) > 0
  const submit = useAction(async () => {
    const answer = await submitWorkspace(workspaceId)
    if ('pending' in answer) confirmations?.confirmedBy(me, answer.pending)
    else onSubmitted(answer)
  })
  const withdraw = useAction(async () => confirmations?.set(await withdrawConfirmation(workspaceId)))

  if (!asking)
    return (
      <button type="button" className="primary submit-button" onClick={() => setAsking(true)}>
        {waiting ? t('submitCheck.confirmedButton') : t('submission.submit')}
      </button>
    )
  const confirm = async () => {
    if (await submit.run()) setAsking(required)
    else onRefused()
  }
  const busy = submit.busy || withdraw.busy
  return (
    <div className="notice submit-dialog" role="dialog" aria-modal="false" aria-labelledby="submit-title">
      <p id="submit-title">
        <strong>{t('submission.confirmTitle')}</strong>
      </p>
      <p>{t('submission.confirmExplain')}</p>
      <CompletionSummary doc={doc} templates={templates} />
      {unsaved && <p className="warn-text">{t('submission.confirmUnsaved')}</p>}
      {state && <ConfirmationStatus state={state} />}
      <ErrorMessage error={submit.error ?? withdraw.error} />
      <div className="actions">
        {waiting ? (
          <button type="button" disabled={busy} onClick={() => void withdraw.run()}>
            {t('submitCheck.withdraw')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
            {required && !mine ? t('submitCheck.confirmMine') : t('submission.confirm')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => setAsking(false)}>
          {required ? t('submitCheck.close') : t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
