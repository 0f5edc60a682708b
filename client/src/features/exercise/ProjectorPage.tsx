import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Loading'
import { useBilingual } from '../../i18n/useBilingual'
import { getExercise } from '../exerciseClock/api'
import { fieldOptions, type FieldOption } from '../compare/fieldOptions'
import { EcomapGallery } from './EcomapGallery'
import { useExerciseT } from './i18n'
import { ProjectorAnswers } from './ProjectorAnswers'
import { useLiveStamp } from './useLiveStamp'

/**
 * /classes/:classId/exercise/:exerciseId/projector — the debrief: one field of every team, and the ecomaps, fetched
 * again as the exercise's progress is pushed (see useLiveStamp).
 */
export function ProjectorPage() {
  const t = useExerciseT()
  const pick = useBilingual()
  const { classId = '', exerciseId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const exercise = useResource(() => getExercise(exerciseId), exerciseId)
  const [chosen, setChosen] = useState('')
  const [hideNames, setHideNames] = useState(false)
  const { stamp, refresh } = useLiveStamp(exerciseId)
  const assignment = cls.data?.assignments.find((a) => a.id === exercise.data?.assignmentId)
  const options = assignment ? fieldOptions(assignment.templates) : []
  const option = options.find((o) => o.path === chosen) ?? options[0]
  const label = (o: FieldOption) =>
    [pick(o.template), pick(o.section.title), o.field ? pick(o.field.label) : ''].filter(Boolean).join(' › ')

  return (
    <section className="exercise-projector">
      <p className="exercise-room-links">
        <Link to={`/classes/${encodeURIComponent(classId)}/exercise/${encodeURIComponent(exerciseId)}`}>
          {t('controlRoom')}
        </Link>
      </p>
      <h1>{t('projector')}</h1>
      <ErrorMessage error={cls.error ?? exercise.error} />
      <Loading pending={!(cls.data && exercise.data) && !(cls.error ?? exercise.error)} />
      {assignment && (
        <>
          <div className="exercise-projector-controls">
            <label className="field">
              <span>{t('field')}</span>
              <select value={option?.path ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {options.map((o) => (
                  <option key={o.path} value={o.path}>
                    {label(o)}
                  </option>
                ))}
              </select>
            </label>
            <label className="choice">
              <input type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.target.checked)} />{' '}
              {t('hideNames')}
            </label>
            <button type="button" onClick={refresh}>
              {t('refresh')}
            </button>
          </div>
          {option && (
            <ProjectorAnswers
              assignmentId={assignment.id}
              option={option}
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
