import type { Rubric } from '../../../../cases/contracts/grades'
import { rubricMax, scoresPercent, scoresTotal } from '../../../../cases/grades/percent'
import { DEFAULT_GRADE_SCALE, letterFor } from '../../../../cases/grades/scale'
import { useResource } from '../../api/useResource'
import { formatPercent } from '../../components/formatPercent'
import { useLang } from '../../i18n/useBilingual'
import { getGradeScale } from './api'
import { useGradesT } from './i18n'

interface Props {
  classId: string
  rubric: Rubric
  /** The level picked per criterion id, as in the grading form's draft. */
  levels: Record<string, string>
  /** The saved grade's letter (null before grading). */
  savedLetter: string | null
}

/** The points a draft's picked levels give, per criterion (levels no longer in the rubric are left out). */
function draftScores(rubric: Rubric, levels: Record<string, string>) {
  return rubric.criteria.flatMap((c) => {
    const level = c.levels.find((l) => l.id === levels[c.id])
    return level ? [{ criterionId: c.id, points: level.points }] : []
  })
}

/**
 * The saved letter, then the grade as the lecturer picks levels, before saving: total, percent and the class's letter, computed with the
 * same functions as the server (cases/grades), so what shows here is what saving gives.
 */
export function RunningTotal({ classId, rubric, levels, savedLetter }: Props) {
  const t = useGradesT()
  const lang = useLang()
  // Until the class's scale arrives (or if it cannot), the default scale gives the letter.
  const scale = useResource(() => getGradeScale(classId), classId).data ?? DEFAULT_GRADE_SCALE
  const scores = draftScores(rubric, levels)
  const percent = scoresPercent(rubric.criteria, scores)
  return (
    <div className="review-running-total">
      {savedLetter !== null && (
        <p>
          <strong>{t('letter', { letter: savedLetter })}</strong>
        </p>
      )}
      <p className="muted small">{t('runningHeading')}</p>
      <p aria-live="polite" data-testid="running-total">
        <strong>
          {scores.length === 0
            ? t('runningNone')
            : t('runningTotal', {
                total: scoresTotal(rubric.criteria, scores),
                max: rubricMax(rubric.criteria),
                percent: formatPercent(percent, lang),
                letter: letterFor(percent, scale) ?? '—',
              })}
        </strong>
      </p>
    </div>
  )
}
