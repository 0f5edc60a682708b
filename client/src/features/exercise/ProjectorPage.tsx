import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useBilingual } from '../../i18n/useBilingual'
import { getExercise } from '../exerciseClock/api'
import { comparableFields } from '../review/compareFields'
import { EcomapGallery } from './EcomapGallery'
import { useExerciseT } from './i18n'
import { ProjectorAnswers } from './ProjectorAnswers'

/** /classes/:classId/exercise/:exerciseId/projector — the debrief: one field of every team, and the ecomaps. */
export function ProjectorPage() {
  const t = useExerciseT()
  const pick = useBilingual()
  const { classId = '', exerciseId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const exercise = useResource(() => getExercise(exerciseId), exerciseId)
  const [chosen, setChosen] = useState('')
  const [hideNames, setHideNames] = useState(false)
  const [stamp, setStamp] = useState(0)
  const assignment = cls.data?.assignments.find((a) => a.id === exercise.data?.assignmentId)
  const fields = assignment ? comparableFields(assignment.templates, pick) : []
  const field = fields.find((f) => f.key === chosen) ?? fields[0]

  return (
    <section className="exercise-projector">
      <p className="exercise-room-links">
        <Link to={`/classes/${encodeURIComponent(classId)}/exercise/${encodeURIComponent(exerciseId)}`}>
          {t('controlRoom')}
        </Link>
      </p>
      <h1>{t('projector')}</h1>
      <ErrorMessage error={cls.error ?? exercise.error} />
      {assignment && (
        <>
          <div className="exercise-projector-controls">
            <label className="field">
              <span>{t('field')}</span>
              <select value={field?.key ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {fields.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="choice">
              <input type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.target.checked)} />{' '}
              {t('hideNames')}
            </label>
            <button type="button" onClick={() => setStamp((s) => s + 1)}>
              {t('refresh')}
            </button>
          </div>
          {field && (
            <ProjectorAnswers
              assignmentId={assignment.id}
              field={field}
              hideNames={hideNames}
              stamp={stamp}
            />
          )}
          {assignment.templates.includes('ecomap') ? (
            <EcomapGallery assignmentId={assignment.id} hideNames={hideNames} stamp={stamp} />
          ) : (
            <p className="muted">{t('noEcomap')}</p>
          )}
        </>
      )}
    </section>
  )
}
