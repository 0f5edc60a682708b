import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { HELP_NOTE_MAX } from '../../../../cases/contracts/exerciseLimits'
import { Link, useNavigate } from 'react-router'
import { errorText } from '../../components/errorText'
import { ClockFace } from './ClockFace'
import './exerciseClock.css'
import { useClockT } from './i18n'
import { useExerciseClock, type HandState } from './useExerciseClock'
import { useStickyBanner } from './useStickyBanner'

interface Props {
  classId: string
  /** The workspace the page shows; without it (the student's home) a starting exercise opens its workspace. */
  workspaceId?: string
}

/**
 * A student's live-exercise banner: the server's clock (skew-corrected), the lecturer's message and the
 * "ask for help" button. A start pushed while the page is open leads to the team's exercise workspace without a
 * reload: at once from the home page, by a link from another workspace. Scrolled, it folds into one line, and the
 * workspace's state bar sticks just below it.
 */
export function ExerciseBanner({ classId, workspaceId }: Props) {
  const t = useClockT()
  const navigate = useNavigate()
  const { exercise, message, dismissMessage, hand, raiseHand } = useExerciseClock(classId, (target) => {
    if (target && !workspaceId) void navigate(`/w/${encodeURIComponent(target)}`)
  })
  const [bannerRef, compact] = useStickyBanner()
  if (!exercise) return null
  const { clock } = exercise
  const elsewhere = exercise.workspaceId && exercise.workspaceId !== workspaceId ? exercise.workspaceId : null
  return (
    <aside
      ref={bannerRef}
      className={`exercise-banner exercise-banner-${clock.status}${compact ? ' exercise-banner-compact' : ''}`}
    >
      {clock.status === 'ended' ? (
        <p>{t(exercise.endedBy === 'lecturer' ? 'endedByLecturer' : 'ended')}</p>
      ) : (
        <div className="exercise-banner-row">
          <span className="exercise-banner-status">
            {t(clock.status === 'paused' ? 'paused' : 'running')}
          </span>
          <ClockFace clock={clock} label={t('clockLabel')} className="exercise-banner-time" />
          {exercise.workspaceId && <HandButton hand={hand} onRaise={raiseHand} />}
        </div>
      )}
      {elsewhere && clock.status !== 'ended' && (
        <p>
          <Link to={`/w/${encodeURIComponent(elsewhere)}`} className="tap">
            {t('openWorkspace')}
          </Link>
        </p>
      )}
      {message && (
        <p className="exercise-banner-message" role="status">
          {t('message', { message })}{' '}
          <button type="button" className="link" onClick={dismissMessage} aria-label={t('dismiss')}>
            ×
          </button>
        </p>
      )}
    </aside>
  )
}

/** The raise-hand button (then an optional short note and "send"), or where the team's request stands. */
function HandButton({ hand, onRaise }: { hand: HandState; onRaise(note: string): void }) {
  const t = useClockT()
  const { t: tApp } = useTranslation()
  const [note, setNote] = useState<string | null>(null)
  if (hand.kind === 'raised') return <span className="exercise-hand small">{t('handRaised')}</span>
  const send = (e: FormEvent) => {
    e.preventDefault()
    onRaise(note ?? '')
    setNote(null)
  }
  return (
    <span className="exercise-hand">
      {hand.kind === 'acknowledged' && <span className="small">{t('handAcknowledged')} </span>}
      {hand.kind === 'failed' && (
        <span className="error small">{t('handFailed', { reason: errorText(tApp, hand.error) })} </span>
      )}
      {note === null ? (
        <button type="button" onClick={() => setNote('')} disabled={hand.kind === 'sending'}>
          {t('raiseHand')}
        </button>
      ) : (
        <form className="exercise-hand-form" onSubmit={send}>
          <label className="field">
            <span>{t('helpNote')}</span>
            <input
              type="text"
              name="helpNote"
              maxLength={HELP_NOTE_MAX}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <button type="submit" className="primary">
            {t('sendHelp')}
          </button>{' '}
          <button type="button" onClick={() => setNote(null)}>
            {t('cancelHelp')}
          </button>
        </form>
      )}
    </span>
  )
}
