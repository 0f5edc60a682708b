import { Link, useParams } from 'react-router'
import { getClass } from '../../api/classes'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { useServerEvents } from '../../realtime/useServerEvents'
import { BroadcastForm } from './BroadcastForm'
import { ClockControls } from './ClockControls'
import { useExerciseT } from './i18n'
import { OverviewGrid } from './OverviewGrid'
import { TeamsPanel } from './TeamsPanel'
import { useLecturerExercise } from './useLecturerExercise'

/** /classes/:classId/exercise/:exerciseId — the lecturer's live control room: clock, controls, message, overview. */
export function ControlRoom() {
  const t = useExerciseT()
  const { classId = '', exerciseId = '' } = useParams()
  const cls = useResource(() => getClass(classId), classId)
  const live = useLecturerExercise(exerciseId)
  useServerEvents({
    // Teams formed, moved or created elsewhere: members and the exercise's workspaces change.
    'class:updated': (p) => {
      if (p.classId !== classId) return
      void cls.reload()
      void live.reloadState()
    },
  })
  const ack = useAction((teamId: string) => live.acknowledge(teamId))
  const assignment = cls.data?.assignments.find((a) => a.id === live.state?.assignmentId)
  const helpTeam = live.lastHelpTeamId ? cls.data?.teams.find((x) => x.id === live.lastHelpTeamId) : undefined
  const base = `/classes/${encodeURIComponent(classId)}/exercise/${encodeURIComponent(exerciseId)}`

  return (
    <section className="exercise-page exercise-room">
      <p className="exercise-room-links">
        <Link to={`/classes/${encodeURIComponent(classId)}`}>{t('backToClass')}</Link>
        <Link to={`${base}/projector`}>{t('projector')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <ErrorMessage error={live.error ?? cls.error} />
      {!live.state && !live.error && <p className="muted">{t('loading')}</p>}
      {live.state && live.clock && (
        <>
          <div className="exercise-room-top">
            <ClockControls exerciseId={exerciseId} clock={live.clock} onState={live.applyState} />
            {live.clock.status !== 'ended' && <BroadcastForm exerciseId={exerciseId} />}
          </div>
          {helpTeam && (
            <p className="notice warn" role="alert">
              {t('helpAlert', { team: helpTeam.name })}
            </p>
          )}
          <ErrorMessage error={ack.error} />
          <OverviewGrid
            cls={cls.data}
            workspaces={live.state.workspaces}
            templates={assignment?.templates ?? []}
            teams={live.teams}
            onAcknowledge={(teamId) => void ack.run(teamId)}
          />
          {cls.data && (
            <TeamsPanel
              exerciseId={exerciseId}
              cls={cls.data}
              progress={live.teams}
              live={live.clock.status !== 'ended'}
              reloadClass={cls.reload}
              onFormed={async (state) => {
                live.applyState(state)
                await cls.reload()
              }}
            />
          )}
        </>
      )}
    </section>
  )
}
