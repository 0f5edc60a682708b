import type { Lang } from '../../cases/i18n/bilingual'
import type { ClassRecord } from '../storage/types'
import { lecturerClass, type ServiceContext } from './context'
import { toCsv, type CsvCell } from './csv'
import { adjustedScore, gradeTotal } from './gradeView'
import type { AuthUser } from './ports'
import { currentCriteria, rubricMax } from './rubrics'
import { isLate, workspaceStatus } from './workspaceStatus'

/** The columns every gradebook starts with, exactly; `maxScore`, `released` and `late` follow as extras. */
export const GRADEBOOK_HEADER = [
  'class',
  'team',
  'student',
  'assignment',
  'status',
  'score',
  'adjustedScore',
  'maxScore',
  'released',
  'late',
] as const

/** One row per student and assignment; students without a team or a grade get empty cells. */
async function rows(ctx: ServiceContext, record: ClassRecord, lang: Lang): Promise<CsvCell[][]> {
  const teamName = new Map(record.teams.map((t) => [t.id, t.name]))
  const out: CsvCell[][] = []
  for (const assignment of record.assignments) {
    const criteria = await currentCriteria(ctx, assignment)
    for (const student of record.students) {
      const workspace = record.workspaces.find(
        (w) => w.assignmentId === assignment.id && w.teamId === student.teamId,
      )
      const grade = workspace ? await ctx.storage.grades.get(workspace.id) : undefined
      const total = gradeTotal(criteria, grade)
      const adjustment = grade?.adjustments.find((a) => a.studentId === student.id)
      out.push([
        record.name,
        student.teamId ? (teamName.get(student.teamId) ?? '') : '',
        student.name,
        assignment.title[lang],
        workspace ? workspaceStatus(workspace) : '',
        total,
        adjustedScore(total, adjustment),
        rubricMax(criteria),
        grade ? String(grade.released) : '',
        workspace ? String(isLate(workspace, assignment)) : '',
      ])
    }
  }
  return out
}

/** The class's gradebook as CSV, for its lecturers only (403 for everyone else). */
export function createGradebookService(ctx: ServiceContext) {
  return {
    async csv(user: AuthUser, classId: string, lang: Lang): Promise<string> {
      const record = await lecturerClass(ctx, user, classId)
      return toCsv(GRADEBOOK_HEADER, await rows(ctx, record, lang))
    },
  }
}
