import type { ClassDetail } from '../../../../cases/contracts/http'
import { useNow } from '../exerciseClock/useNow'
import { useExerciseT } from './i18n'
import type { ProgressByTeam } from './progressMerge'
import { TeamProgressCard } from './TeamProgressCard'

interface Props {
  cls: ClassDetail | undefined
  workspaces: readonly { id: string; teamId: string }[]
  templates: readonly string[]
  teams: ProgressByTeam
  onAcknowledge(teamId: string): void
}

/** The live overview: a compact card per team of the exercise (40 fit on a laptop; one column on a phone). */
export function OverviewGrid({ cls, workspaces, templates, teams, onAcknowledge }: Props) {
  const t = useExerciseT()
  // "2 mnt lalu" moves on without any event.
  const now = useNow(true, 10_000)
  return (
    <section aria-labelledby="exercise-overview">
      <h2 id="exercise-overview">{t('overview')}</h2>
      {teams.size === 0 && <p className="muted">{t('overviewWaiting')}</p>}
      <ul className="exercise-grid">
        {workspaces.map((w, i) => {
          const team = cls?.teams.find((x) => x.id === w.teamId)
          return (
            <TeamProgressCard
              key={w.id}
              teamId={w.teamId}
              name={team?.name ?? t('teamN', { n: i + 1 })}
              members={team?.members.length ?? 0}
              templates={templates}
              progress={teams.get(w.teamId)}
              now={now}
              onAcknowledge={onAcknowledge}
            />
          )
        })}
      </ul>
    </section>
  )
}
