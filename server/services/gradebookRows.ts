import type { RubricCriterion } from '../../cases/contracts/grades'
import type { WorkspaceStatus } from '../../cases/contracts/http'
import {
  adjustedPercent,
  adjustedScore,
  rubricMax,
  scoresPercent,
  scoresTotal,
} from '../../cases/grades/percent'
import { letterFor } from '../../cases/grades/scale'
import type { AssignmentRecord, ClassRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { classScale } from './gradeScale'
import { currentCriteria } from './rubrics'
import { isLate, workspaceStatus } from './workspaceStatus'

/** One student's grade on one assignment, as every gradebook format writes it; nulls are empty cells. */
export interface GradebookEntry {
  className: string
  team: string | null
  student: string
  assignment: AssignmentRecord
  /** The assignment's rubric now (one spreadsheet column per criterion). */
  criteria: readonly RubricCriterion[]
  /** Points per criterion id, for the criteria graded. */
  points: ReadonlyMap<string, number>
  status: WorkspaceStatus | null
  total: number | null
  adjustedScore: number | null
  maxScore: number
  percent: number | null
  letter: string | null
  adjustedPercent: number | null
  adjustedLetter: string | null
  released: boolean | null
  late: boolean | null
}

/** One entry per assignment and student (assignment then join order); students without a team or grade get nulls. */
export async function gradebookEntries(ctx: ServiceContext, record: ClassRecord): Promise<GradebookEntry[]> {
  const teamName = new Map(record.teams.map((t) => [t.id, t.name]))
  const scale = classScale(record)
  const out: GradebookEntry[] = []
  for (const assignment of record.assignments) {
    const criteria = await currentCriteria(ctx, assignment)
    const maxScore = rubricMax(criteria)
    for (const student of record.students) {
      const workspace = record.workspaces.find(
        (w) => w.assignmentId === assignment.id && w.teamId === student.teamId,
      )
      const grade = workspace ? await ctx.storage.grades.get(workspace.id) : undefined
      const total = grade ? scoresTotal(criteria, grade.scores) : null
      const percent = grade ? scoresPercent(criteria, grade.scores) : null
      const adjusted = adjustedScore(
        total,
        grade?.adjustments.find((a) => a.studentId === student.id),
      )
      const memberPercent = adjustedPercent(percent, total, adjusted, maxScore)
      out.push({
        className: record.name,
        team: student.teamId ? (teamName.get(student.teamId) ?? null) : null,
        student: student.name,
        assignment,
        criteria,
        points: new Map((grade?.scores ?? []).map((s) => [s.criterionId, s.points])),
        status: workspace ? workspaceStatus(workspace) : null,
        total,
        adjustedScore: adjusted,
        maxScore,
        percent,
        letter: letterFor(percent, scale),
        adjustedPercent: memberPercent,
        adjustedLetter: letterFor(memberPercent, scale),
        released: grade ? grade.released : null,
        late: workspace ? isLate(workspace, assignment) : null,
      })
    }
  }
  return out
}
