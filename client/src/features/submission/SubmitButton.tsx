import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VersionSummary } from '../../../../cases/contracts/http'
import { submitWorkspace } from '../../api/submissions'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'

interface Props {
  workspaceId: string
  /** Some edits of this device are not stored on the server yet: they would not be part of the submission. */
  unsaved: boolean
  onSubmitted(version: VersionSummary): void
  /** The server refused (e.g. already submitted by a teammate): fetch the state again. */
  onRefused(): void
}

/** "Submit" with a confirmation saying what happens: the work becomes read-only until the lecturer returns it. */
export function SubmitButton({ workspaceId, unsaved, onSubmitted, onRefused }: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const submit = useAction(async () => onSubmitted(await submitWorkspace(workspaceId)))

  if (!asking)
    return (
      <button type="button" className="primary submit-button" onClick={() => setAsking(true)}>
        {t('submission.submit')}
      </button>
    )
  const confirm = async () => {
    if (await submit.run()) setAsking(false)
    else onRefused()
  }
  return (
    <div className="notice submit-dialog" role="dialog" aria-modal="false" aria-labelledby="submit-title">
      <p id="submit-title">
        <strong>{t('submission.confirmTitle')}</strong>
      </p>
      <p>{t('submission.confirmExplain')}</p>
      {unsaved && <p className="warn-text">{t('submission.confirmUnsaved')}</p>}
      <ErrorMessage error={submit.error} />
      <div className="actions">
        <button type="button" className="primary" disabled={submit.busy} onClick={() => void confirm()}>
          {t('submission.confirm')}
        </button>
        <button type="button" disabled={submit.busy} onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
