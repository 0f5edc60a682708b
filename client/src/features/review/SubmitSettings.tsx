import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INSTRUCTIONS_MAX_CHARS } from '../../../../cases/contracts/confirmations'
import type { Assignment } from '../../../../cases/contracts/http'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { putAssignmentSettings } from './api'

/** The lecturer's switch requiring every member of a team to confirm before its work is submitted. */
export function AllMustConfirmToggle({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation()
  const [on, setOn] = useState(assignment.allMustConfirm)
  // Optimistic: the box follows the click at once and goes back if the server refuses.
  const save = useAction(async (next: boolean) => {
    setOn(next)
    try {
      setOn((await putAssignmentSettings(assignment.id, { allMustConfirm: next })).allMustConfirm)
    } catch (e) {
      setOn(!next)
      throw e
    }
  })
  return (
    <>
      <label className="check small">
        <input
          type="checkbox"
          checked={on}
          disabled={save.busy}
          onChange={(e) => void save.run(e.target.checked)}
        />
        <span>{t('submitSettings.allMustConfirm')}</span>
      </label>
      <ErrorMessage error={save.error} />
    </>
  )
}

/** The lecturer's instructions of an assignment, plain text in Indonesian and English, edited in place. */
export function InstructionsEditor({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation()
  const [id, setId] = useState(assignment.instructions?.id ?? '')
  const [en, setEn] = useState(assignment.instructions?.en ?? '')
  const [saved, setSaved] = useState(false)
  const save = useAction(async () => {
    setSaved(false)
    await putAssignmentSettings(assignment.id, { instructions: { id, en } })
    setSaved(true)
  })
  return (
    <details className="small">
      <summary>{t('submitSettings.instructions')}</summary>
      <label>
        {t('submitSettings.instructionsId')}
        <textarea value={id} maxLength={INSTRUCTIONS_MAX_CHARS} onChange={(e) => setId(e.target.value)} />
      </label>
      <label>
        {t('submitSettings.instructionsEn')}
        <textarea value={en} maxLength={INSTRUCTIONS_MAX_CHARS} onChange={(e) => setEn(e.target.value)} />
      </label>
      <button type="button" disabled={save.busy} onClick={() => void save.run()}>
        {t('common.save')}
      </button>
      {saved && <span role="status"> {t('submitSettings.saved')}</span>}
      <ErrorMessage error={save.error} />
    </details>
  )
}
