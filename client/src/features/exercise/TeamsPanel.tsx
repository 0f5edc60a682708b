import type { ExerciseState } from '../../../../cases/contracts/exercises'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { FormTeamsForm } from './FormTeamsForm'
import { useExerciseT } from './i18n'
import { MoveSelect } from './MoveSelect'
import type { ProgressByTeam } from './progressMerge'

interface Props {
  exerciseId: string
  cls: ClassDetail
  /** The live overview (members online per team). */
  progress: ProgressByTeam
  /** False once the exercise has ended: the panel then only lists. */
  live: boolean
  reloadClass(): Promise<void>
  onFormed(state: ExerciseState): Promise<void>
}

/**
 * Adjust teams without leaving the control room: every team with its members (each with a "move to" select), the
 * students who joined without a team, and forming teams of N from them.
 */
export function TeamsPanel({ exerciseId, cls, progress, live, reloadClass, onFormed }: Props) {
  const t = useExerciseT()
  const waiting = cls.students.filter((s) => s.teamId === null)
  const select = (student: { id: string; name: string }, teamId: string | null) =>
    live && <MoveSelect cls={cls} student={student} teamId={teamId} onMoved={reloadClass} />
  return (
    <section aria-labelledby="exercise-teams" className="exercise-teams">
      <h2 id="exercise-teams">{t('teams')}</h2>
      <section aria-labelledby="exercise-waiting" className="exercise-waiting">
        <h3 id="exercise-waiting">{t('waiting', { n: waiting.length })}</h3>
        {waiting.length === 0 && <p className="muted small">{t('nobodyWaiting')}</p>}
        <ul>
          {waiting.map((s) => (
            <li key={s.id} className="exercise-member">
              <span className="member-name">{s.name}</span> {select(s, null)}
            </li>
          ))}
        </ul>
        {live && <FormTeamsForm exerciseId={exerciseId} waiting={waiting.length} onFormed={onFormed} />}
      </section>
      <ul className="exercise-team-list">
        {cls.teams.map((team) => (
          <li key={team.id} aria-label={team.name}>
            <h3>
              {team.name}{' '}
              <span className="muted small">
                {t('teamOnline', { n: progress.get(team.id)?.online ?? 0 })}
              </span>
            </h3>
            {team.members.length === 0 && <p className="muted small">{t('noMembers')}</p>}
            <ul>
              {team.members.map((m) => (
                <li key={m.id} className="exercise-member">
                  <span className="member-name">{m.name}</span> {select(m, team.id)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
