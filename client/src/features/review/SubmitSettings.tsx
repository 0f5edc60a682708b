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

type Texts = { id: string; en: string }

/** The two plain-text boxes of an assignment's instructions (Indonesian, English). */
export function InstructionsFields({ value, onChange }: { value: Texts; onChange(next: Texts): void }) {
  const { t } = useTranslation()
  return (
    <>
      <label className="field">
        <span>{t('submitSettings.instructionsId')}</span>
        <textarea
          value={value.id}
          maxLength={INSTRUCTIONS_MAX_CHARS}
          onChange={(e) => onChange({ ...value, id: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('submitSettings.instructionsEn')}</span>
        <textarea
          value={value.en}
          maxLength={INSTRUCTIONS_MAX_CHARS}
          onChange={(e) => onChange({ ...value, en: e.target.value })}
        />
      </label>
    </>
  )
}

/** The lecturer's instructions of an assignment, plain text in Indonesian and English, edited in place. */
export function InstructionsEditor({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation()
  const [texts, setTexts] = useState({
    id: assignment.instructions?.id ?? '',
    en: assignment.instructions?.en ?? '',
  })
  const [saved, setSaved] = useState(false)
  const save = useAction(async () => {
    setSaved(false)
    await putAssignmentSettings(assignment.id, { instructions: texts })
    setSaved(true)
  })
  return (
    <details className="small">
      <summary>{t('submitSettings.instructions')}</summary>
      <InstructionsFields value={texts} onChange={setTexts} />
      <button type="button" disabled={save.busy} onClick={() => void save.run()}>
        {t('common.save')}
      </button>
      {saved && <span role="status"> {t('submitSettings.saved')}</span>}
      <ErrorMessage error={save.error} />
    </details>
  )
}
