import { describe, expect, it } from 'vitest'
import { scoresPercent } from '../../cases/grades/percent'
import { DEFAULT_GRADE_SCALE, gradeScaleBody, letterFor } from '../../cases/grades/scale'

describe('the grade scale', () => {
  it('gives the default letters at and just below each boundary', () => {
    const cases: [number, string][] = [
      [100, 'A'],
      [80, 'A'],
      [79.9, 'AB'],
      [75, 'AB'],
      [74.9, 'B'],
      [70, 'B'],
      [65, 'BC'],
      [60, 'C'],
      [55, 'CD'],
      [50, 'D'],
      [49.9, 'E'],
      [0, 'E'],
    ]
    for (const [percent, letter] of cases) expect([percent, letterFor(percent)]).toEqual([percent, letter])
    expect(letterFor(80, DEFAULT_GRADE_SCALE)).toBe('A')
  })

  it('gives no letter before grading', () => {
    expect(letterFor(null)).toBeNull()
    expect(letterFor(Number.NaN)).toBeNull()
  })

  it('follows a custom scale', () => {
    const scale = gradeScaleBody.parse({
      grades: [
        { letter: 'A', min: 85 },
        { letter: 'B+', min: 77.5 },
        { letter: 'B', min: 70 },
        { letter: 'T', min: 0 },
      ],
    })
    expect(letterFor(85, scale)).toBe('A')
    expect(letterFor(84.9, scale)).toBe('B+')
    expect(letterFor(77.5, scale)).toBe('B+')
    expect(letterFor(77.4, scale)).toBe('B')
    expect(letterFor(69.9, scale)).toBe('T')
    expect(letterFor(0, scale)).toBe('T')
  })

  it('accepts the default scale as a body', () => {
    expect(gradeScaleBody.parse(DEFAULT_GRADE_SCALE)).toEqual(DEFAULT_GRADE_SCALE)
  })

  it('rejects bounds that do not strictly descend, a last bound above 0, bad letters and bounds outside 0–100', () => {
    const bad = [
      [
        { letter: 'A', min: 70 },
        { letter: 'B', min: 80 },
        { letter: 'E', min: 0 },
      ],
      [
        { letter: 'A', min: 80 },
        { letter: 'B', min: 80 },
        { letter: 'E', min: 0 },
      ],
      [
        { letter: 'A', min: 80 },
        { letter: 'B', min: 50 },
      ],
      [
        { letter: 'A', min: 80 },
        { letter: 'A', min: 0 },
      ],
      [
        { letter: 'ABCDE', min: 80 },
        { letter: 'E', min: 0 },
      ],
      [
        { letter: ' ', min: 80 },
        { letter: 'E', min: 0 },
      ],
      [
        { letter: '=A', min: 80 },
        { letter: 'E', min: 0 },
      ],
      [
        { letter: 'A', min: 101 },
        { letter: 'E', min: 0 },
      ],
      [
        { letter: 'A', min: 80 },
        { letter: 'E', min: -1 },
      ],
      [{ letter: 'E', min: 0 }],
    ]
    for (const grades of bad) expect(gradeScaleBody.safeParse({ grades }).success).toBe(false)
  })
})

describe('the shared percent formula', () => {
  const level = (id: string, points: number) => ({ id, label: { id, en: id }, points })
  const criteria = [
    { id: 'a', weight: 3, levels: [level('l4', 4), level('l0', 0)] },
    { id: 'b', weight: 1, levels: [level('l2', 2), level('l0', 0)] },
  ]

  it('weighs each criterion’s share of its highest level, unscored criteria counting 0', () => {
    expect(scoresPercent(criteria, [{ criterionId: 'a', points: 4 }])).toBe(75)
    expect(
      scoresPercent(criteria, [
        { criterionId: 'a', points: 3 },
        { criterionId: 'b', points: 1 },
      ]),
    ).toBe(68.8)
    expect(scoresPercent(criteria, [])).toBe(0)
  })
})
