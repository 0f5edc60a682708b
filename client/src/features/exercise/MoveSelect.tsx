import type { ClassDetail } from '../../../../cases/contracts/http'
import { updateStudent } from '../../api/classes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { useExerciseT } from './i18n'

interface Props {
  cls: ClassDetail
  student: { id: string; name: string }
  teamId: string | null
  /** After a move: reload the class (the server also pushes class:updated). */
  onMoved(): Promise<void>
}

/**
 * "Move to" another team or to no team. The server closes the student's connections to the old team's workspace
 * and sends them to the new one's, so the control room only reloads.
 */
export function MoveSelect({ cls, student, teamId, onMoved }: Props) {
  const t = useExerciseT()
  const move = useAction(async (target: string) => {
    await updateStudent(cls.id, student.id, { teamId: target || null })
    await onMoved()
  })
  return (
    <>
      <select
        aria-label={t('moveTo', { name: student.name })}
        value={teamId ?? ''}
        disabled={move.busy}
        onChange={(e) => void move.run(e.target.value)}
      >
        <option value="">{t('noTeam')}</option>
        {cls.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <ErrorMessage error={move.error} />
    </>
  )
}
