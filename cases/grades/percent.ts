import type { RubricCriterion } from '../contracts/grades'

/** What a grade's formulas need of a rubric criterion (the draft in the grading form has the same). */
type Criterion = Pick<RubricCriterion, 'id' | 'weight' | 'levels'>
/** What they need of a score. */
interface Score {
  criterionId: string
  points: number
}

/** The most a criterion can give: its highest level. */
export const criterionMax = (c: Pick<RubricCriterion, 'levels'>) =>
  Math.max(0, ...c.levels.map((l) => l.points))

/** The most a rubric can give. */
export const rubricMax = (criteria: readonly Pick<RubricCriterion, 'levels'>[]) =>
  criteria.reduce((sum, c) => sum + criterionMax(c), 0)

/** Scores of criteria still in the rubric, summed (a criterion removed from the rubric no longer counts). */
export function scoresTotal(criteria: readonly Criterion[], scores: readonly Score[]): number {
  const ids = new Set(criteria.map((c) => c.id))
  return scores.filter((s) => ids.has(s.criterionId)).reduce((sum, s) => sum + s.points, 0)
}

/** A share of 1 as a percentage with one decimal, within 0–100. */
const toPercent = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10

/**
 * The grade as a percentage: Σ weight × points / the criterion's highest level, over Σ weight, for the criteria still
 * in the rubric (unscored ones count 0; a criterion whose highest level is 0 points is left out).
 */
export function scoresPercent(criteria: readonly Criterion[], scores: readonly Score[]): number {
  const points = new Map(scores.map((s) => [s.criterionId, s.points]))
  let weighted = 0
  let weights = 0
  for (const c of criteria) {
    const max = criterionMax(c)
    if (max <= 0) continue
    weighted += (c.weight * (points.get(c.id) ?? 0)) / max
    weights += c.weight
  }
  return weights > 0 ? toPercent(weighted / weights) : 0
}

/**
 * A member's percentage: the team's `percent` moved by the member's change in points (their adjusted score minus the
 * team's total) as a share of the rubric's maximum, kept within 0–100. With every weight 1 and levels of equal
 * height it is simply adjustedScore / maxPoints.
 */
export function adjustedPercent(
  percent: number | null,
  total: number | null,
  adjusted: number | null,
  maxPoints: number,
): number | null {
  if (percent === null || total === null || adjusted === null) return null
  if (maxPoints <= 0) return percent
  return toPercent(percent / 100 + (adjusted - total) / maxPoints)
}

/** A member's score: the adjustment's points, or the team's total plus its delta (never below 0). */
export function adjustedScore(
  total: number | null,
  adjustment: { points?: number; delta?: number } | undefined,
): number | null {
  if (total === null) return null
  if (adjustment?.points !== undefined) return adjustment.points
  return Math.max(0, total + (adjustment?.delta ?? 0))
}
