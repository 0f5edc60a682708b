import { z } from 'zod'

/** Limits of rubrics and grades. */
export const GRADE_LIMITS = {
  criteria: 100,
  levels: 10,
  /** Highest points of one level, and of one adjusted score. */
  points: 1000,
  title: 200,
  description: 2000,
  comment: 2000,
  feedback: 10000,
  reason: 500,
} as const

const key = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"')
const text = (max: number) => z.string().trim().min(1).max(max)
const bilingual = (max: number) => z.object({ id: text(max), en: text(max) })
const points = z.number().finite().min(0).max(GRADE_LIMITS.points)

function unique<T>(items: T[], pick: (item: T) => string): boolean {
  return new Set(items.map(pick)).size === items.length
}

/** One level of a criterion ("Good", 3 points), with what work at that level looks like (optional for stored rubrics made before descriptions existed). */
export const rubricLevel = z.object({
  id: key,
  label: bilingual(GRADE_LIMITS.title),
  points,
  description: bilingual(GRADE_LIMITS.description).optional(),
})

/** The most a criterion's weight may be; a weight scales the criterion's share of `percent`. */
export const MAX_CRITERION_WEIGHT = 100

/** One criterion of a rubric with its levels; `templateId` says which template it grades (null: the whole work). */
export const rubricCriterion = z.object({
  id: key,
  templateId: key.nullable().default(null),
  title: bilingual(GRADE_LIMITS.title),
  description: bilingual(GRADE_LIMITS.description),
  /** The criterion's share of `percent`: a positive number, 1 when omitted (rubrics stored before weights). */
  weight: z.number().finite().positive().max(MAX_CRITERION_WEIGHT).default(1),
  levels: z
    .array(rubricLevel)
    .min(1)
    .max(GRADE_LIMITS.levels)
    .refine((levels) => unique(levels, (l) => l.id), 'level ids must be unique'),
})

/** PUT /api/assignments/:id/rubric */
export const putRubricBody = z.object({
  criteria: z
    .array(rubricCriterion)
    .min(1)
    .max(GRADE_LIMITS.criteria)
    .refine((criteria) => unique(criteria, (c) => c.id), 'criterion ids must be unique'),
})

/** A parsed PUT /api/assignments/:id/rubric body. */
export type PutRubricBody = z.output<typeof putRubricBody>

/** A rubric level. */
export type RubricLevel = z.infer<typeof rubricLevel>
/** A rubric criterion. */
export type RubricCriterion = z.output<typeof rubricCriterion>

/** GET/PUT /api/assignments/:id/rubric. `isDefault` until a lecturer first saves it. */
export interface Rubric {
  assignmentId: string
  criteria: RubricCriterion[]
  /** Sum of each criterion's highest level. */
  maxPoints: number
  isDefault: boolean
  updatedAt: string | null
}

const exactlyOne = (a: unknown, b: unknown) => (a === undefined) !== (b === undefined)

/** One criterion scored: by level (its points) or by points directly. */
export const scoreInput = z
  .object({
    criterionId: key,
    levelId: key.optional(),
    points: points.optional(),
    comment: z.string().trim().max(GRADE_LIMITS.comment).optional(),
  })
  .refine((s) => exactlyOne(s.levelId, s.points), 'give either levelId or points')

/** One member's grade changed: set to `points`, or the team's total plus `delta`. */
export const adjustmentInput = z
  .object({
    studentId: key,
    points: points.optional(),
    delta: z.number().finite().min(-GRADE_LIMITS.points).max(GRADE_LIMITS.points).optional(),
    reason: text(GRADE_LIMITS.reason),
  })
  .refine((a) => exactlyOne(a.points, a.delta), 'give either points or delta')

/** PUT /api/workspaces/:id/grade */
export const putGradeBody = z.object({
  scores: z
    .array(scoreInput)
    .max(GRADE_LIMITS.criteria)
    .refine((s) => unique(s, (x) => x.criterionId), 'one score per criterion'),
  feedback: z.string().trim().max(GRADE_LIMITS.feedback).optional(),
  adjustments: z
    .array(adjustmentInput)
    .max(100)
    .refine((a) => unique(a, (x) => x.studentId), 'one adjustment per student')
    .default([]),
})

/** A parsed PUT /api/workspaces/:id/grade body. */
export type PutGradeBody = z.output<typeof putGradeBody>

/** A criterion's score as stored and shown. */
export interface CriterionScore {
  criterionId: string
  levelId: string | null
  points: number
  comment: string
}

/** A member's adjustment as stored and shown. */
export interface GradeAdjustment {
  studentId: string
  points?: number
  delta?: number
  reason: string
}

/**
 * GET /api/workspaces/:id/grade for the class's lecturers (always) and the team's students (once released; they see
 * only their own member entry and adjustment).
 */
export interface WorkspaceGrade {
  workspaceId: string
  assignmentId: string
  released: boolean
  releasedAt: string | null
  /** Whether a lecturer has saved a grade yet. */
  graded: boolean
  scores: CriterionScore[]
  feedback: string
  adjustments: GradeAdjustment[]
  /** Sum of the scored criteria that are still in the rubric; null before grading. */
  total: number | null
  maxPoints: number
  /**
   * 0–100 with one decimal: Σ weight × points / the criterion's highest level, over Σ weight (criteria still in the
   * rubric; unscored ones count 0); null before grading.
   */
  percent: number | null
  /** `percent` on the class's grade scale (cases/grades/scale.ts); null before grading. */
  letter: string | null
  /**
   * `adjustedPercent`: `percent` moved by (adjustedScore − total) / maxPoints, within 0–100; `adjustedLetter` is it
   * on the class's grade scale.
   */
  members: {
    id: string
    name: string
    adjustedScore: number | null
    adjustedPercent: number | null
    adjustedLetter: string | null
  }[]
  updatedAt: string | null
}

/** GET /api/workspaces/:id/grade for a team's student before release: nothing but the fact. */
export interface HiddenGrade {
  workspaceId: string
  assignmentId: string
  released: false
}
