import { Link } from 'react-router'
import type { Assignment } from '../../../../cases/contracts/http'
import { useBilingual } from '../../i18n/useBilingual'
import { useExerciseT } from './i18n'

/** The class's live exercises, the running ones first, each with its control room and projector. */
export function ExerciseList({
  classId,
  assignments,
}: {
  classId: string
  assignments: readonly Assignment[]
}) {
  const t = useExerciseT()
  const pick = useBilingual()
  const exercises = assignments
    .flatMap((a) => (a.exercise ? [{ assignment: a, exercise: a.exercise }] : []))
    .sort((x, y) => Number(x.exercise.status === 'ended') - Number(y.exercise.status === 'ended'))
  if (exercises.length === 0) return null
  const base = `/classes/${encodeURIComponent(classId)}/exercise`
  return (
    <section className="panel" aria-labelledby="exercise-list">
      <h2 id="exercise-list">{t('earlier')}</h2>
      <ul className="exercise-list">
        {exercises.map(({ assignment, exercise }) => (
          <li key={exercise.id} data-exercise-id={exercise.id}>
            <strong>{pick(assignment.title)}</strong> · <span>{t(exercise.status)}</span> ·{' '}
            <Link to={`${base}/${encodeURIComponent(exercise.id)}`}>{t('openRoom')}</Link> ·{' '}
            <Link to={`${base}/${encodeURIComponent(exercise.id)}/projector`}>{t('projector')}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
