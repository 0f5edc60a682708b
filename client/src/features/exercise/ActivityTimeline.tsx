import { activeCells, TIMELINE_MINUTES } from './activityCells'
import { useExerciseT } from './i18n'

/**
 * A team's last half hour as a strip of minutes: a tall dark mark for a minute with an edit, a low light one for a
 * quiet minute (height as well as colour), with the count written beside it.
 */
export function ActivityTimeline({ activeMinutes, now }: { activeMinutes: readonly number[]; now: number }) {
  const t = useExerciseT()
  const cells = activeCells(activeMinutes, now)
  const count = cells.filter(Boolean).length
  const summary = t('timeline', { n: count, minutes: TIMELINE_MINUTES })
  return (
    <div className="exercise-timeline-row" data-active-minutes={count}>
      <span className="exercise-timeline" role="img" aria-label={summary}>
        {cells.map((on, i) => (
          <span key={i} className={on ? 'exercise-minute on' : 'exercise-minute'} />
        ))}
      </span>
      <span className="exercise-timeline-text small" aria-hidden="true">
        {summary}
      </span>
    </div>
  )
}
