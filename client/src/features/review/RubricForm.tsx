import { useState } from 'react'
import { useParams } from 'react-router'
import type { Rubric, WorkspaceGrade } from '../../../../cases/contracts/grades'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { putGrade, setReleased } from './api'
import { bodyFromDraft, draftFromGrade, type GradeDraft } from './gradeDraft'
import { useReviewT } from './i18n'
import { MemberAdjustments } from './MemberAdjustments'
import { RubricEditLink } from './AssignmentTools'
import { formatZoned } from '../../components/zonedTime'
import { formatPercent } from '../../components/formatPercent'
import { RunningTotal } from '../grades/RunningTotal'

interface Props {
  workspaceId: string
  rubric: Rubric
  grade: WorkspaceGrade
  members: { id: string; name: string }[]
  onSaved(grade: WorkspaceGrade): void
}

/** Score every criterion by level with a comment, overall feedback, per-member adjustments; save and release. */
export function RubricForm({ workspaceId, rubric, grade, members, onSaved }: Props) {
  const t = useReviewT()
  const pick = useBilingual()
  const lang = useLang()
  const { classId = '' } = useParams()
  const [draft, setDraft] = useState<GradeDraft>(() => draftFromGrade(grade))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [note, setNote] = useState('')
  // A new grade from the server (saved, released, or reloaded) refills the form: state adjusted while rendering.
  const [formGrade, setFormGrade] = useState(grade)
  if (formGrade !== grade) {
    setFormGrade(grade)
    setDraft(draftFromGrade(grade))
  }

  async function run(action: () => Promise<WorkspaceGrade>, done: string) {
    setBusy(true)
    setError(null)
    setNote('')
    try {
      onSaved(await action())
      setNote(done)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  function save() {
    const built = bodyFromDraft(draft, members)
    if ('missingReason' in built) {
      setError(new Error(t('reasonNeeded', { name: built.missingReason })))
      return
    }
    void run(() => putGrade(workspaceId, built.body), t('saved'))
  }

  return (
    <form
      className="panel review-rubric"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <h2>{t('rubricHeading')}</h2>
      <p>
        <RubricEditLink classId={classId} assignmentId={rubric.assignmentId} />
      </p>
      {rubric.criteria.map((criterion) => {
        const title = pick(criterion.title)
        return (
          <fieldset key={criterion.id} className="review-criterion">
            <legend>{title}</legend>
            {pick(criterion.description) && (
              <p className="muted small">
                {pick(criterion.description)}
                {criterion.weight !== 1 && (
                  <strong>
                    {' '}
                    ·{' '}
                    {t('weight', {
                      weight: criterion.weight.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'),
                    })}
                  </strong>
                )}
              </p>
            )}
            <div className="review-levels">
              {criterion.levels.map((level) => (
                <label key={level.id} className="check">
                  <input
                    type="radio"
                    name={`criterion-${criterion.id}`}
                    checked={draft.levels[criterion.id] === level.id}
                    onChange={() =>
                      setDraft((d) => ({ ...d, levels: { ...d.levels, [criterion.id]: level.id } }))
                    }
                  />
                  <span>
                    {t('levelPoints', { label: pick(level.label), points: level.points })}
                    {level.description && (
                      <span className="muted small review-level-description">{pick(level.description)}</span>
                    )}
                  </span>
                </label>
              ))}
            </div>
            <label className="field">
              <span>{t('criterionComment', { criterion: title })}</span>
              <textarea
                rows={2}
                value={draft.comments[criterion.id] ?? ''}
                onChange={(e) =>
                  setDraft((d) => ({ ...d, comments: { ...d.comments, [criterion.id]: e.target.value } }))
                }
              />
            </label>
          </fieldset>
        )
      })}
      <label className="field">
        <span>{t('feedback')}</span>
        <textarea
          rows={4}
          value={draft.feedback}
          onChange={(e) => setDraft((d) => ({ ...d, feedback: e.target.value }))}
        />
      </label>
      <MemberAdjustments members={members} draft={draft} setDraft={setDraft} />
      <p>
        <strong>
          {grade.total === null
            ? t('totalNone', { max: grade.maxPoints })
            : t('total', { total: grade.total, max: grade.maxPoints })}
        </strong>
        {grade.percent !== null && <> · {t('percent', { percent: formatPercent(grade.percent, lang) })}</>}
      </p>
      <RunningTotal classId={classId} rubric={rubric} levels={draft.levels} savedLetter={grade.letter} />
      {grade.graded && (
        <ul className="inline-list small">
          {grade.members.map((m) => (
            <li key={m.id}>
              {m.adjustedPercent === null
                ? t('memberScore', { name: m.name, score: m.adjustedScore ?? '—' })
                : t('memberPercent', {
                    name: m.name,
                    score: m.adjustedScore ?? '—',
                    percent: formatPercent(m.adjustedPercent, lang),
                  })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small" role="status">
        {grade.released && grade.releasedAt
          ? t('releasedAt', { time: formatZoned(grade.releasedAt, lang) })
          : t('notReleased')}
      </p>
      <ErrorMessage error={error} />
      {note && (
        <p className="success" role="status">
          {note}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('saveGrade')}
        </button>
        {grade.graded && grade.released && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => setReleased(workspaceId, false), '')}
          >
            {t('unrelease')}
          </button>
        )}
        {grade.graded && !grade.released && (
          <ConfirmButton
            question={t('releaseQuestion')}
            confirmLabel={t('releaseConfirm')}
            disabled={busy}
            onConfirm={() => void run(() => setReleased(workspaceId, true), '')}
          >
            {t('release')}
          </ConfirmButton>
        )}
      </div>
    </form>
  )
}
