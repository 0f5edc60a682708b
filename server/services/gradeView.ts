import type {
  CriterionScore,
  GradeAdjustment,
  PutGradeBody,
  RubricCriterion,
  WorkspaceGrade,
} from '../../cases/contracts/grades'
import type { ClassRecord, GradeRecord, WorkspaceRecord } from '../storage/types'
import { invalid } from './errors'
import { classScale } from './gradeScale'
import {
  adjustedPercent,
  adjustedScore,
  criterionMax,
  rubricMax,
  scoresPercent,
  scoresTotal,
} from '../../cases/grades/percent'
import { letterFor } from '../../cases/grades/scale'

/** Scores of criteria still in the rubric, summed; null before grading. */
export function gradeTotal(
  criteria: readonly RubricCriterion[],
  grade: GradeRecord | undefined,
): number | null {
  return grade ? scoresTotal(criteria, grade.scores) : null
}

/** The grade as a percentage (cases/grades/percent.ts, shared with the grading form); null before grading. */
export function gradePercent(
  criteria: readonly RubricCriterion[],
  grade: GradeRecord | undefined,
): number | null {
  return grade ? scoresPercent(criteria, grade.scores) : null
}

export { adjustedPercent, adjustedScore }

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
  const scale = classScale(record)
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
    letter: letterFor(percent, scale),
    members: record.students
      .filter((s) => s.teamId === workspace.teamId)
      .map((s) => {
        const score = adjustedScore(
          total,
          adjustments.find((a) => a.studentId === s.id),
        )
        const memberPercent = adjustedPercent(percent, total, score, maxPoints)
        return {
          id: s.id,
          name: s.name,
          adjustedScore: score,
          adjustedPercent: memberPercent,
          adjustedLetter: letterFor(memberPercent, scale),
        }
      }),
    updatedAt: grade?.updatedAt ?? null,
  }
}
