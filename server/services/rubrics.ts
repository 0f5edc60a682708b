import type { PutRubricBody, Rubric, RubricCriterion } from '../../cases/contracts/grades'
import { defaultRubric } from '../../cases/rubrics'
import type { AssignmentRecord, RubricRecord } from '../storage/types'
import { assertWritable, openAssignment, type ServiceContext } from './context'
import { refused } from './errors'
import { KeyedLock } from './locks'
import type { AuthUser } from './ports'

/** The most a criterion can give: its highest level. */
export const criterionMax = (c: RubricCriterion) => Math.max(0, ...c.levels.map((l) => l.points))

/** The most a rubric can give. */
export const rubricMax = (criteria: readonly RubricCriterion[]) =>
  criteria.reduce((sum, c) => sum + criterionMax(c), 0)

function view(record: RubricRecord): Rubric {
  return {
    assignmentId: record.assignmentId,
    criteria: record.criteria,
    maxPoints: rubricMax(record.criteria),
    isDefault: record.updatedBy === null,
    updatedAt: record.updatedBy === null ? null : record.updatedAt,
  }
}

/** The criteria an assignment is graded by now: the stored rubric, else its templates' defaults (not stored). */
export async function currentCriteria(ctx: ServiceContext, assignment: AssignmentRecord) {
  return (await ctx.storage.rubrics.get(assignment.id))?.criteria ?? defaultRubric(assignment.templates)
}

/** Rubrics per assignment: created from the templates' defaults on first read, edited by the class's lecturers. */
export function createRubricService(ctx: ServiceContext) {
  const { rubrics } = ctx.storage
  const locks = new KeyedLock()

  /** The stored rubric, storing the defaults first if there is none yet (so later default changes do not move it). */
  function ensure(assignment: AssignmentRecord): Promise<RubricRecord> {
    return locks.run(assignment.id, async () => {
      const stored = await rubrics.get(assignment.id)
      if (stored) return stored
      const record: RubricRecord = {
        assignmentId: assignment.id,
        criteria: defaultRubric(assignment.templates),
        updatedAt: new Date().toISOString(),
        updatedBy: null,
      }
      await rubrics.put(record)
      return record
    })
  }

  return {
    /** Lecturers of the class and its students: students always see the criteria (never any scores here). */
    async get(user: AuthUser, assignmentId: string): Promise<Rubric> {
      const { assignment } = await openAssignment(ctx, user, assignmentId)
      return view(await ensure(assignment))
    },

    /** Replace the criteria (lecturers of the class only). Grades keep their scores of criteria still present. */
    async put(user: AuthUser, assignmentId: string, body: PutRubricBody): Promise<Rubric> {
      if (user.role !== 'lecturer') throw refused('lecturers_only', 'Only lecturers can edit a rubric.')
      const { record: owning, assignment } = await openAssignment(ctx, user, assignmentId)
      assertWritable(owning)
      const record: RubricRecord = {
        assignmentId: assignment.id,
        criteria: body.criteria,
        updatedAt: new Date().toISOString(),
        updatedBy: user.id,
      }
      await locks.run(assignment.id, () => rubrics.put(record))
      return view(record)
    },
  }
}
