import { useState, type FormEvent } from 'react'
import { CASE_LIMITS } from '../../../../cases/contracts/caseLimits'
import type { CaseBody } from '../../../../cases/contracts/http'
import { listTemplates } from '../../api/library'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { BilingualField } from './BilingualField'
import { bodyOf, isBlank, type CaseDraft } from './draft'
import { useCasesT } from './i18n'
import { PromptsEditor } from './PromptsEditor'
import { TemplateChecklist } from './TemplateChecklist'

interface Props {
  initial: CaseDraft
  onSave(body: CaseBody): Promise<unknown>
  onCancel(): void
}

/** The bilingual case form used to write a new case and to edit one. */
export function CaseForm({ initial, onSave, onCancel }: Props) {
  const t = useCasesT()
  const templates = useResource(listTemplates, 'templates')
  const [draft, setDraft] = useState(initial)
  const save = useAction(() => onSave(bodyOf(draft)))
  const set =
    <K extends keyof CaseDraft>(key: K) =>
    (value: CaseDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void save.run()
  }

  return (
    <form onSubmit={submit} className="case-form">
      <p className="muted small">{t('bothLanguages')}</p>
      <BilingualField
        label={t('fieldTitle')}
        value={draft.title}
        onChange={set('title')}
        maxLength={CASE_LIMITS.title}
      />
      <BilingualField
        label={t('fieldSummary')}
        value={draft.summary}
        onChange={set('summary')}
        maxLength={CASE_LIMITS.summary}
        rows={3}
      />
      <BilingualField
        label={t('fieldScenario')}
        value={draft.scenario}
        onChange={set('scenario')}
        maxLength={CASE_LIMITS.scenario}
        rows={10}
      />
      <PromptsEditor value={draft.prompts} onChange={set('prompts')} />
      <ErrorMessage error={templates.error} />
      <TemplateChecklist
        templates={templates.data ?? []}
        value={draft.templates}
        onChange={set('templates')}
      />
      <BilingualField
        label={t('fieldContentNote')}
        value={draft.contentNote}
        onChange={set('contentNote')}
        maxLength={CASE_LIMITS.contentNote}
        rows={2}
        required={!isBlank(draft.contentNote)}
      />
      <label className="field">
        <span>{t('fieldSource')}</span>
        <input
          value={draft.source}
          maxLength={CASE_LIMITS.source}
          onChange={(e) => set('source')(e.target.value)}
        />
      </label>
      <ErrorMessage error={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.busy || draft.templates.length === 0}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
