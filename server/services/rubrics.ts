import type { PutRubricBody, Rubric, RubricCriterion } from '../../cases/contracts/grades'
import { defaultRubric } from '../../cases/rubrics'
import type { AssignmentRecord, RubricRecord } from '../storage/types'
import { assertWritable, openAssignment, type ServiceContext } from './context'
import { refused } from './errors'
import { KeyedLock } from './locks'
import type { AuthUser } from './ports'

import { rubricMax } from '../../cases/grades/percent'

/** The rubric's formulas live in cases/ (the grading form computes the same); re-exported for the services. */
export { criterionMax, rubricMax } from '../../cases/grades/percent'

/**
 * Criteria as graded: a stored rubric made before weights existed reads as weight 1 per criterion, so its totals and
 * percentages are what they always were.
 */
export const withWeights = (criteria: readonly RubricCriterion[]): RubricCriterion[] =>
  criteria.map((c) =>
    typeof c.weight === 'number' && Number.isFinite(c.weight) && c.weight > 0 ? c : { ...c, weight: 1 },
  )

function view(record: RubricRecord): Rubric {
  return {
    assignmentId: record.assignmentId,
    criteria: withWeights(record.criteria),
    maxPoints: rubricMax(record.criteria),
    isDefault: record.updatedBy === null,
    updatedAt: record.updatedBy === null ? null : record.updatedAt,
  }
}

/** The criteria an assignment is graded by now: the stored rubric, else its templates' defaults (not stored). */
export async function currentCriteria(ctx: ServiceContext, assignment: AssignmentRecord) {
  const stored = await ctx.storage.rubrics.get(assignment.id)
  return stored ? withWeights(stored.criteria) : defaultRubric(assignment.templates)
}

/** Rubrics per assignment: created from the templates' defaults on first read, edited by the class's lecturers. */
export function createRubricService(ctx: ServiceContext) {
  const { rubrics } = ctx.storage
  const locks = new KeyedLock()

  /** A rubric of the templates' defaults, not yet chosen by a lecturer. */
  const defaults = (assignment: AssignmentRecord): RubricRecord => ({
    assignmentId: assignment.id,
    criteria: defaultRubric(assignment.templates),
    updatedAt: new Date().toISOString(),
    updatedBy: null,
  })

  /** The stored rubric, storing the defaults first if there is none yet (so later default changes do not move it). */
  function ensure(assignment: AssignmentRecord): Promise<RubricRecord> {
    return locks.run(assignment.id, async () => {
      const stored = await rubrics.get(assignment.id)
      if (stored) return stored
      const record = defaults(assignment)
      await rubrics.put(record)
      return record
    })
  }

  async function openForEdit(user: AuthUser, assignmentId: string): Promise<AssignmentRecord> {
    if (user.role !== 'lecturer') throw refused('lecturers_only', 'Only lecturers can edit a rubric.')
    const { record: owning, assignment } = await openAssignment(ctx, user, assignmentId)
    assertWritable(owning)
    return assignment
  }

  return {
    /** Lecturers of the class and its students: students always see the criteria (never any scores here). */
    async get(user: AuthUser, assignmentId: string): Promise<Rubric> {
      const { assignment } = await openAssignment(ctx, user, assignmentId)
      return view(await ensure(assignment))
    },

    /** Replace the criteria (lecturers of the class only). Grades keep their scores of criteria still present. */
    async put(user: AuthUser, assignmentId: string, body: PutRubricBody): Promise<Rubric> {
      const assignment = await openForEdit(user, assignmentId)
      const record: RubricRecord = {
        assignmentId: assignment.id,
        criteria: body.criteria,
        updatedAt: new Date().toISOString(),
        updatedBy: user.id,
      }
      await locks.run(assignment.id, () => rubrics.put(record))
      return view(record)
    },

    /**
     * Replace the criteria with the current defaults of the assignment's templates (lecturers of the class only).
     * The rubric reads as the default again; grades keep the scores of criteria whose ids are still present.
     */
    async reset(user: AuthUser, assignmentId: string): Promise<Rubric> {
      const assignment = await openForEdit(user, assignmentId)
      const record = defaults(assignment)
      await locks.run(assignment.id, () => rubrics.put(record))
      return view(record)
    },
  }
}
