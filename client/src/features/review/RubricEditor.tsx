import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Rubric, RubricCriterion } from '../../../../cases/contracts/grades'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { useBilingual } from '../../i18n/useBilingual'
import { getRubric } from '../../api/submissions'
import { ConfirmButton } from '../../components/ConfirmButton'
import { putRubric, resetRubric } from './api'
import { CriterionFields } from './CriterionFields'
import { criteriaForSaving, newCriterion, removeAt, replaceAt } from './rubricDraft'

/** /classes/:classId/review/rubric/:assignmentId — the lecturer edits the assignment's criteria and levels. */
export function RubricEditor() {
  const { t } = useTranslation()
  const pick = useBilingual()
  const { classId = '', assignmentId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const loaded = useResource(() => getRubric(assignmentId), assignmentId)
  // The lecturer's edits; until the first edit the form shows the rubric as loaded.
  const [edited, setCriteria] = useState<RubricCriterion[] | null>(null)
  const criteria = edited ?? loaded.data?.criteria ?? null
  const [saved, setSaved] = useState<{ rubric: Rubric; reset: boolean } | null>(null)
  const save = useAction(async () => {
    if (!criteria) return
    const rubric = await putRubric(assignmentId, { criteria: criteriaForSaving(criteria) })
    setSaved({ rubric, reset: false })
    setCriteria(rubric.criteria)
  })
  const reset = useAction(async () => {
    setSaved(null)
    const rubric = await resetRubric(assignmentId)
    setSaved({ rubric, reset: true })
    setCriteria(rubric.criteria)
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setSaved(null)
    void save.run()
  }
  const add = () => {
    if (!criteria) return
    const both = (key: 'rubricEditor.newCriterion' | 'rubricEditor.newLevel') => ({
      id: t(key, { lng: 'id' }),
      en: t(key, { lng: 'en' }),
    })
    setCriteria([
      ...criteria,
      newCriterion(criteria, both('rubricEditor.newCriterion'), both('rubricEditor.newLevel')),
    ])
  }

  const assignment = cls.data?.assignments.find((a) => a.id === assignmentId)
  return (
    <section className="review-page rubric-editor">
      <p>
        <Link to={`/classes/${encodeURIComponent(classId)}/review`}>{t('rubricEditor.back')}</Link>
      </p>
      <h1>{t('rubricEditor.title', { title: assignment ? pick(assignment.title) : '' })}</h1>
      <ErrorMessage error={cls.error ?? loaded.error} />
      {((loaded.data?.isDefault && !saved) || saved?.reset) && (
        <p className="muted">{t('rubricEditor.isDefault')}</p>
      )}
      {criteria && (
        <form onSubmit={submit}>
          {criteria.map((c, i) => (
            <CriterionFields
              key={c.id}
              index={i}
              criterion={c}
              onChange={(next) => setCriteria(replaceAt(criteria, i, () => next))}
              onRemove={() => setCriteria(removeAt(criteria, i))}
            />
          ))}
          <p>
            <button type="button" onClick={add}>
              {t('rubricEditor.addCriterion')}
            </button>
          </p>
          <ErrorMessage error={save.error ?? reset.error} />
          {saved && (
            <p role="status" className="notice">
              {t(saved.reset ? 'rubricEditor.resetDone' : 'rubricEditor.saved', {
                max: saved.rubric.maxPoints,
              })}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={save.busy || reset.busy}>
              {t('rubricEditor.save')}
            </button>
            <ConfirmButton
              question={t('rubricEditor.resetQuestion')}
              onConfirm={() => void reset.run()}
              disabled={save.busy || reset.busy}
            >
              {t('rubricEditor.reset')}
            </ConfirmButton>
          </div>
        </form>
      )}
    </section>
  )
}
