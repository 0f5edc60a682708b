import { Link, useNavigate, useParams } from 'react-router'
import type { CaseBody } from '../../../../cases/contracts/http'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { createCase, getCase, updateCase } from './api'
import { CaseForm } from './CaseForm'
import { draftOf, emptyDraft } from './draft'
import { useCasesT } from './i18n'

/** Write a new case (no `caseId` in the path) or edit one of the lecturer's own cases. */
export function CaseEditPage() {
  const t = useCasesT()
  const navigate = useNavigate()
  const { caseId } = useParams()
  const existing = useResource(async () => (caseId ? getCase(caseId) : undefined), `case:${caseId ?? 'new'}`)
  const back = () => void navigate('/cases')

  const save = async (body: CaseBody) => {
    const saved = caseId ? await updateCase(caseId, body) : await createCase(body)
    await navigate(`/cases/${encodeURIComponent(saved.id)}`)
  }

  const ready = !caseId || existing.data
  return (
    <section>
      <p>
        <Link to="/cases">{t('back')}</Link>
      </p>
      <h1>{caseId ? t('editTitle') : t('createTitle')}</h1>
      <ErrorMessage error={existing.error} />
      {existing.data && !existing.data.editable && <p className="error">{t('readOnly')}</p>}
      {!ready && !existing.error && <p className="muted">{t('loading')}</p>}
      {ready && (!existing.data || existing.data.editable) && (
        <CaseForm
          key={caseId ?? 'new'}
          initial={existing.data ? draftOf(existing.data) : emptyDraft()}
          onSave={save}
          onCancel={back}
        />
      )}
    </section>
  )
}
