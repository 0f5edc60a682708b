import { z } from 'zod'

/** Limits of a class's grade scale. */
export const GRADE_SCALE_LIMITS = { grades: 20, letter: 4 } as const

/** One step of a grade scale: `letter` for every `percent` at or above `min` (and below the step before it). */
export interface GradeStep {
  letter: string
  min: number
}

/** A class's grade scale: steps from the highest `min` down to the last, whose `min` is 0 ("below" everything else). */
export interface GradeScale {
  grades: GradeStep[]
}

/** The scale Indonesian universities commonly use: A ≥ 80, AB ≥ 75, B ≥ 70, BC ≥ 65, C ≥ 60, CD ≥ 55, D ≥ 50, E below. */
export const DEFAULT_GRADE_SCALE: GradeScale = {
  grades: [
    { letter: 'A', min: 80 },
    { letter: 'AB', min: 75 },
    { letter: 'B', min: 70 },
    { letter: 'BC', min: 65 },
    { letter: 'C', min: 60 },
    { letter: 'CD', min: 55 },
    { letter: 'D', min: 50 },
    { letter: 'E', min: 0 },
  ],
}

const gradeStep = z.object({
  letter: z
    .string()
    .trim()
    .min(1)
    .max(GRADE_SCALE_LIMITS.letter)
    .regex(/^[^\s=+\-@]/u, 'must not start with a space, "=", "+", "-" or "@"'),
  min: z.number().finite().min(0).max(100),
})

/** PUT /api/classes/:classId/grade-scale: 2–20 steps, `min` strictly descending, the last one 0, letters unique. */
export const gradeScaleBody = z.object({
  grades: z
    .array(gradeStep)
    .min(2)
    .max(GRADE_SCALE_LIMITS.grades)
    .refine(
      (steps) => steps.every((s, i) => i === 0 || s.min < steps[i - 1]!.min),
      'thresholds (min) must be strictly descending',
    )
    .refine(
      (steps) => steps.at(-1)?.min === 0,
      'the last grade must have min 0 (every percent below the others)',
    )
    .refine((steps) => new Set(steps.map((s) => s.letter)).size === steps.length, 'letters must be unique'),
})

/** GET/PUT /api/classes/:classId/grade-scale. `isDefault` while the class has no scale of its own. */
export interface ClassGradeScale extends GradeScale {
  classId: string
  isDefault: boolean
}

/** The letter for a percentage (0–100) on a scale: the first step whose `min` it reaches; null for no percentage. */
export function letterFor(percent: number | null, scale: GradeScale = DEFAULT_GRADE_SCALE): string | null {
  if (percent === null || !Number.isFinite(percent)) return null
  const step = scale.grades.find((s) => percent >= s.min) ?? scale.grades.at(-1)
  return step?.letter ?? null
}
