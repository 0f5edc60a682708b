import type {
  CriterionScore,
  GradeAdjustment,
  PutGradeBody,
  RubricCriterion,
  WorkspaceGrade,
} from '../../cases/contracts/grades'
import type { ClassRecord, GradeRecord, WorkspaceRecord } from '../storage/types'
import { invalid } from './errors'
import { criterionMax, rubricMax } from './rubrics'

/** Scores of criteria still in the rubric, summed (a criterion removed from the rubric no longer counts). */
export function gradeTotal(
  criteria: readonly RubricCriterion[],
  grade: GradeRecord | undefined,
): number | null {
  if (!grade) return null
  const ids = new Set(criteria.map((c) => c.id))
  return grade.scores.filter((s) => ids.has(s.criterionId)).reduce((sum, s) => sum + s.points, 0)
}

/** A share of 1 as a percentage with one decimal. */
const toPercent = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10

/**
 * The grade as a percentage: Σ weight × points / the criterion's highest level, over Σ weight, for the criteria still
 * in the rubric (unscored ones count 0; a criterion whose highest level is 0 points is left out). Null before grading.
 */
export function gradePercent(
  criteria: readonly RubricCriterion[],
  grade: GradeRecord | undefined,
): number | null {
  if (!grade) return null
  const points = new Map(grade.scores.map((s) => [s.criterionId, s.points]))
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
export function adjustedScore(total: number | null, adjustment: GradeAdjustment | undefined): number | null {
  if (total === null) return null
  if (adjustment?.points !== undefined) return adjustment.points
  return Math.max(0, total + (adjustment?.delta ?? 0))
}

/** Turn a PUT body into stored scores, checking each against the rubric and each adjustment against the team. */
export function resolveGrade(
  body: PutGradeBody,
  criteria: readonly RubricCriterion[],
  memberIds: readonly string[],
): { scores: CriterionScore[]; adjustments: GradeAdjustment[] } {
  const scores = body.scores.map((score, i): CriterionScore => {
    const criterion = criteria.find((c) => c.id === score.criterionId)
    if (!criterion) throw invalid(`scores.${i}.criterionId`, 'is not a criterion of this rubric.')
    let points = score.points ?? 0
    if (score.levelId !== undefined) {
      const level = criterion.levels.find((l) => l.id === score.levelId)
      if (!level) throw invalid(`scores.${i}.levelId`, `is not a level of ${criterion.id}.`)
      points = level.points
    } else if (points > criterionMax(criterion)) {
      throw invalid(`scores.${i}.points`, `must be at most ${criterionMax(criterion)}.`)
    }
    return { criterionId: criterion.id, levelId: score.levelId ?? null, points, comment: score.comment ?? '' }
  })
  const adjustments = body.adjustments.map((a, i): GradeAdjustment => {
    if (!memberIds.includes(a.studentId))
      throw invalid(`adjustments.${i}.studentId`, 'is not a member of this team.')
    return a.points !== undefined
      ? { studentId: a.studentId, points: a.points, reason: a.reason }
      : { studentId: a.studentId, delta: a.delta ?? 0, reason: a.reason }
  })
  return { scores, adjustments }
}

/** The grade as the class's lecturers see it (students get it filtered to themselves, see grades.ts). */
export function gradeView(
  record: ClassRecord,
  workspace: WorkspaceRecord,
  criteria: readonly RubricCriterion[],
  grade: GradeRecord | undefined,
): WorkspaceGrade {
  const total = gradeTotal(criteria, grade)
  const percent = gradePercent(criteria, grade)
  const maxPoints = rubricMax(criteria)
  const adjustments = grade?.adjustments ?? []
  return {
    workspaceId: workspace.id,
    assignmentId: workspace.assignmentId,
    released: grade?.released ?? false,
    releasedAt: grade?.releasedAt ?? null,
    graded: grade !== undefined,
    scores: grade?.scores ?? [],
    feedback: grade?.feedback ?? '',
    adjustments,
    total,
    maxPoints,
    percent,
    members: record.students
      .filter((s) => s.teamId === workspace.teamId)
      .map((s) => {
        const score = adjustedScore(
          total,
          adjustments.find((a) => a.studentId === s.id),
        )
        return {
          id: s.id,
          name: s.name,
          adjustedScore: score,
          adjustedPercent: adjustedPercent(percent, total, score, maxPoints),
        }
      }),
    updatedAt: grade?.updatedAt ?? null,
  }
}
