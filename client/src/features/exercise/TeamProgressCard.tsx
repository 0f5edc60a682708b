import type { ExerciseTeamProgress } from '../../../../cases/contracts/exercises'
import { findTemplate } from '../../../../cases/templates'
import { useBilingual } from '../../i18n/useBilingual'
import { ActivityTimeline } from './ActivityTimeline'
import { useExerciseT } from './i18n'
import { relativeTime } from './relativeTime'

interface Props {
  name: string
  members: number
  templates: readonly string[]
  progress: ExerciseTeamProgress | undefined
  now: number
  onAcknowledge(teamId: string): void
  teamId: string
}

/** One team in the live overview: progress bars per template, its last half hour, members online, last activity, help flag. */
export function TeamProgressCard({ name, members, templates, progress, now, onAcknowledge, teamId }: Props) {
  const t = useExerciseT()
  const pick = useBilingual()
  const help = progress?.help ?? []
  return (
    <li className={`exercise-card${help.length > 0 ? ' exercise-card-help' : ''}`} data-team-id={teamId}>
      <h3 className="exercise-card-name">{name}</h3>
      {templates.map((id) => {
        const p = progress?.progress[id] ?? { filled: 0, total: 0 }
        const label = pick(findTemplate(id)?.title) || id
        return (
          <div key={id} className="exercise-bar-row" data-template-id={id}>
            <span className="exercise-bar-label">{label}</span>
            <meter
              className="exercise-bar"
              min={0}
              max={Math.max(1, p.total)}
              value={p.filled}
              aria-label={label}
            />
            <span className="exercise-bar-count" data-progress={`${p.filled}/${p.total}`}>
              {t('progress', { filled: p.filled, total: p.total })}
            </span>
          </div>
        )
      })}
      <ActivityTimeline activeMinutes={progress?.activeMinutes ?? []} now={now} />
      <p className="exercise-card-meta">
        <span>{t('online', { n: progress?.online ?? 0, members })}</span>
        {' · '}
        <span>
          {progress?.lastActivity
            ? t('lastActivity', { time: relativeTime(progress.lastActivity, now, t) })
            : t('noActivity')}
        </span>
      </p>
      {help.length > 0 && (
        <div className="exercise-card-help-row" role="alert">
          <span>{t('help', { n: help.length })}</span>
          {/* As text (React escapes it): a student's note never becomes markup here. */}
          {help
            .filter((h) => h.userName || h.message)
            .map((h) => (
              <span key={h.id} className="small exercise-help-note">
                {h.userName && <strong>{h.userName}</strong>}
                {h.userName && h.message && ': '}
                {h.message && t('helpMessage', { message: h.message })}
              </span>
            ))}
          <button type="button" onClick={() => onAcknowledge(teamId)}>
            {t('acknowledge')}
          </button>
        </div>
      )}
    </li>
  )
}
