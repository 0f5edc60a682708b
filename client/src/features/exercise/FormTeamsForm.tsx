import { useState, type FormEvent } from 'react'
import type { ExerciseState } from '../../../../cases/contracts/exercises'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { formExerciseTeams } from './api'
import { useExerciseT } from './i18n'
import { TeamSizesPreview } from './TeamSizesPreview'

interface Props {
  exerciseId: string
  /** How many students are waiting without a team (the button is off when none). */
  waiting: number
  /** The exercise state the route answered with (it lists the new teams' workspaces). */
  onFormed(state: ExerciseState): Promise<void>
}

/** "Form teams of N from the students without a team", while the exercise runs. */
export function FormTeamsForm({ exerciseId, waiting, onFormed }: Props) {
  const t = useExerciseT()
  const [size, setSize] = useState(4)
  const [formed, setFormed] = useState<number | null>(null)
  const form = useAction(async () => {
    const result = await formExerciseTeams(exerciseId, size)
    setFormed(result.teams.length)
    await onFormed(result.state)
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void form.run()
  }
  return (
    <form className="exercise-form-teams" onSubmit={submit}>
      <label className="field">
        <span>{t('formSize')}</span>
        <input
          type="number"
          name="teamSize"
          min={1}
          max={8}
          step={1}
          value={size}
          onChange={(e) => {
            setSize(Math.min(8, Math.max(1, Math.round(e.target.valueAsNumber) || 1)))
            setFormed(null)
          }}
        />
      </label>
      <TeamSizesPreview waiting={waiting} teamSize={size} />
      <button type="submit" disabled={form.busy || waiting === 0}>
        {t('formTeams')}
      </button>
      {formed !== null && (
        <span className="muted small" role="status">
          {' '}
          {t('formed', { n: formed })}
        </span>
      )}
      <ErrorMessage error={form.error} />
    </form>
  )
}
