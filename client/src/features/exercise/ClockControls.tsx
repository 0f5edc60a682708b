import type { ExerciseState } from '../../../../cases/contracts/exercises'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { ClockFace } from '../exerciseClock/ClockFace'
import type { LocalClock } from '../exerciseClock/skewClock'
import { controlExercise, extendExercise } from './api'
import { useExerciseT } from './i18n'

interface Props {
  exerciseId: string
  clock: LocalClock
  onState(state: ExerciseState): void
}

/** The big clock with pause/resume, +5/+10 minutes and end (asked first). */
export function ClockControls({ exerciseId, clock, onState }: Props) {
  const t = useExerciseT()
  const act = useAction(async (run: () => Promise<ExerciseState>) => onState(await run()))
  const ended = clock.status === 'ended'
  return (
    <div className={`exercise-clock exercise-clock-${clock.status}`}>
      <p className="exercise-clock-status" data-status={clock.status}>
        {t(clock.status)}
      </p>
      <ClockFace clock={clock} label={t('clockLabel')} className="exercise-clock-time" />
      {!ended && (
        <div className="exercise-clock-buttons">
          {clock.status === 'running' ? (
            <button
              type="button"
              disabled={act.busy}
              onClick={() => void act.run(() => controlExercise(exerciseId, 'pause'))}
            >
              {t('pause')}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={act.busy}
              onClick={() => void act.run(() => controlExercise(exerciseId, 'resume'))}
            >
              {t('resume')}
            </button>
          )}
          {[5, 10].map((n) => (
            <button
              key={n}
              type="button"
              disabled={act.busy}
              onClick={() => void act.run(() => extendExercise(exerciseId, n))}
            >
              {t('extend', { n })}
            </button>
          ))}
          <ConfirmButton
            className="danger"
            question={t('endQuestion')}
            confirmLabel={t('endConfirm')}
            disabled={act.busy}
            onConfirm={() => void act.run(() => controlExercise(exerciseId, 'end'))}
          >
            {t('end')}
          </ConfirmButton>
        </div>
      )}
      <ErrorMessage error={act.error} />
    </div>
  )
}
