import { useTranslation } from 'react-i18next'
import type { Rubric, WorkspaceGrade } from '../../../../cases/contracts/grades'
import { getGrade, getRubric } from '../../api/submissions'
import { useResource } from '../../api/useResource'
import { formatZoned } from '../../components/zonedTime'
import { formatPercent } from '../../components/formatPercent'
import { useGradesT } from '../grades/i18n'
import { useBilingual, useLang } from '../../i18n/useBilingual'
import { useServerEvents } from '../../realtime/useServerEvents'

interface Props {
  workspaceId: string
  assignmentId: string
  userId: string
  /** Changes when the grade may have changed (submitted, returned, reconnected): fetch again. */
  refreshKey: string
  /** Work was submitted at least once: only then say that feedback will come. */
  submittedOnce: boolean
}

/** The released grade, or null while it is hidden (the server sends nothing else before release). */
async function loadReleased(workspaceId: string, assignmentId: string) {
  const grade = await getGrade(workspaceId)
  if (!grade.released || !('scores' in grade)) return null
  return { grade, rubric: await getRubric(assignmentId) }
}

/** Scores per criterion, comments, overall feedback and one's own adjusted score — only once released. */
export function FeedbackPanel({ workspaceId, assignmentId, userId, refreshKey, submittedOnce }: Props) {
  const { t } = useTranslation()
  const released = useResource(() => loadReleased(workspaceId, assignmentId), `${workspaceId}:${refreshKey}`)
  const { reload } = released
  useServerEvents({
    // Released, withdrawn or edited after release: the server says which workspace; the grade is fetched.
    'grade:released': (event) => {
      if (event.workspaceId === workspaceId) void reload()
    },
    // Events sent while the socket was down are lost.
    connected: () => void reload(),
  })
  if (released.data === undefined) return null
  if (released.data === null)
    return (
      submittedOnce && (
        <p className="muted" data-testid="feedback-hidden">
          {t('feedback.notYet')}
        </p>
      )
    )
  return <Feedback grade={released.data.grade} rubric={released.data.rubric} userId={userId} />
}

function Feedback({ grade, rubric, userId }: { grade: WorkspaceGrade; rubric: Rubric; userId: string }) {
  const { t } = useTranslation()
  const gradesT = useGradesT()
  const bi = useBilingual()
  const lang = useLang()
  const own = grade.members.find((m) => m.id === userId)
  const adjustment = grade.adjustments.find((a) => a.studentId === userId)
  return (
    <section className="feedback-panel notice" aria-labelledby="feedback-title" data-testid="feedback-panel">
      <h2 id="feedback-title">{t('feedback.title')}</h2>
      {grade.releasedAt && (
        <p className="muted">{t('feedback.released', { time: formatZoned(grade.releasedAt, lang) })}</p>
      )}
      <ul className="feedback-scores">
        {rubric.criteria.map((criterion) => {
          const score = grade.scores.find((s) => s.criterionId === criterion.id)
          if (!score) return null
          const level = criterion.levels.find((l) => l.id === score.levelId)
          return (
            <li key={criterion.id}>
              <strong>{bi(criterion.title)}</strong>: {level ? `${bi(level.label)} · ` : ''}
              {t('feedback.points', { count: score.points })}
              {score.comment && <p className="comment-body">{score.comment}</p>}
            </li>
          )
        })}
      </ul>
      {grade.total !== null && <p>{t('feedback.total', { total: grade.total, max: grade.maxPoints })}</p>}
      {grade.percent !== null && (
        <p>{t('feedback.percent', { percent: formatPercent(grade.percent, lang) })}</p>
      )}
      {grade.letter != null && <p>{gradesT('letter', { letter: grade.letter })}</p>}
      {own?.adjustedScore != null && (
        <p>
          <strong>{t('feedback.yourScore', { score: own.adjustedScore, max: grade.maxPoints })}</strong>
          {adjustment && ` — ${adjustment.reason}`}
        </p>
      )}
      {own?.adjustedPercent != null && (
        <p>
          <strong>{t('feedback.yourPercent', { percent: formatPercent(own.adjustedPercent, lang) })}</strong>
        </p>
      )}
      {own?.adjustedLetter != null && (
        <p>
          <strong>{gradesT('yourLetter', { letter: own.adjustedLetter })}</strong>
        </p>
      )}
      {grade.feedback && (
        <>
          <h3>{t('feedback.overall')}</h3>
          <p className="comment-body">{grade.feedback}</p>
        </>
      )}
    </section>
  )
}
