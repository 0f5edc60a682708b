import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { InstructionsFields } from '../review/SubmitSettings'
import { Link, useNavigate, useParams } from 'react-router'
import { createAssignment } from '../../api/classes'
import { listCases, listTemplates } from '../../api/library'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { useLang } from '../../i18n/useBilingual'
import { CasePicker } from './CasePicker'
import { localInputToUtc, viewerZoneName } from './dueTime'
import { TemplatePicker } from './TemplatePicker'

/** Give a case from the library to every team of the class, with the templates to fill. */
export default function NewAssignmentPage() {
  const { t } = useTranslation()
  const { classId = '' } = useParams()
  const navigate = useNavigate()
  const cases = useResource(listCases, 'cases')
  const templates = useResource(listTemplates, 'templates')
  const [caseId, setCaseId] = useState('')
  const [chosen, setChosen] = useState<string[]>(['fiveC'])
  const lang = useLang()
  const [dueLocal, setDueLocal] = useState('')
  const [lockAtDue, setLockAtDue] = useState(false)
  const [instructions, setInstructions] = useState({ id: '', en: '' })
  const dueAt = localInputToUtc(dueLocal)
  const create = useAction(async () => {
    await createAssignment(classId, {
      caseId,
      templates: chosen,
      dueAt,
      lockAtDue: dueAt !== null && lockAtDue,
      instructions,
    })
    await navigate(`/classes/${classId}`)
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void create.run()
  }

  return (
    <section>
      <p>
        <Link to={`/classes/${classId}`}>← {t('assign.back')}</Link>
      </p>
      <h1>{t('assign.title')}</h1>
      <ErrorMessage error={cases.error ?? templates.error} />
      <form onSubmit={submit}>
        <CasePicker cases={cases.data ?? []} value={caseId} onChange={setCaseId} />
        <TemplatePicker templates={templates.data ?? []} value={chosen} onChange={setChosen} />
        <label className="field">
          <span>{t('assign.due', { zone: viewerZoneName(lang) })}</span>
          <input type="datetime-local" value={dueLocal} onChange={(e) => setDueLocal(e.target.value)} />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={dueAt !== null && lockAtDue}
            disabled={dueAt === null}
            onChange={(e) => setLockAtDue(e.target.checked)}
          />
          <span>{t('assign.lockAtDue')}</span>
        </label>
        <InstructionsFields value={instructions} onChange={setInstructions} />
        <ErrorMessage error={create.error} />
        <button type="submit" className="primary" disabled={create.busy || !caseId || chosen.length === 0}>
          {t('assign.submit')}
        </button>
      </form>
    </section>
  )
}
