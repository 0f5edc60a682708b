import { useTranslation } from 'react-i18next'
import type { StudentClassView } from '../../../../cases/contracts/http'
import { pickTeam } from '../../api/student'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'

interface Props {
  cls: StudentClassView
  currentTeamId: string | null
  onPicked(): Promise<void>
}

/** Choose (or change, while the class lets students move) one's team, unless the lecturer locked team choice. */
export function TeamPicker({ cls, currentTeamId, onPicked }: Props) {
  const { t } = useTranslation()
  const pick = useAction(async (teamId: string) => {
    await pickTeam(teamId)
    await onPicked()
  })

  if (cls.teamChoiceLocked) {
    return <p className="muted">{currentTeamId ? t('team.lockedWithTeam') : t('team.lockedNoTeam')}</p>
  }
  // With a team, and moves closed: the teams stay listed (who is where), but only the lecturer moves anyone.
  const movesLocked = currentTeamId !== null && !cls.teamMovesOpen
  const heading = movesLocked ? t('teamMoves.yourTeam') : currentTeamId ? t('team.change') : t('team.pick')

  return (
    <div className="panel">
      <h2>{heading}</h2>
      {movesLocked && <p className="muted">{t('teamMoves.studentLocked')}</p>}
      <ul className="team-choices">
        {cls.teams.map((team) => (
          <li key={team.id}>
            <button
              type="button"
              className={team.id === currentTeamId ? 'primary' : ''}
              aria-pressed={team.id === currentTeamId}
              disabled={pick.busy || team.id === currentTeamId || movesLocked}
              onClick={() => void pick.run(team.id)}
            >
              {team.name}
            </button>
            <span className="muted"> {team.members.map((m) => m.name).join(', ')}</span>
          </li>
        ))}
      </ul>
      <ErrorMessage error={pick.error} />
    </div>
  )
}
