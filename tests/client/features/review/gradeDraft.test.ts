import { describe, expect, it } from 'vitest'
import type { WorkspaceGrade } from '../../../../cases/contracts/grades'
import { bodyFromDraft, draftFromGrade } from '../../../../client/src/features/review/gradeDraft'

const members = [
  { id: 's1', name: 'Ani' },
  { id: 's2', name: 'Budi' },
]

const grade: WorkspaceGrade = {
  workspaceId: 'w1',
  assignmentId: 'a1',
  released: false,
  releasedAt: null,
  graded: true,
  scores: [{ criterionId: 'c1', levelId: 'good', points: 3, comment: 'Rapi.' }],
  feedback: 'Bagus.',
  adjustments: [{ studentId: 's2', delta: -1, reason: 'Jarang hadir' }],
  total: 3,
  maxPoints: 8,
  percent: 37.5,
  letter: 'E',
  members: [
    { id: 's1', name: 'Ani', adjustedScore: 3, adjustedPercent: 37.5, adjustedLetter: 'E' },
    { id: 's2', name: 'Budi', adjustedScore: 2, adjustedPercent: 25, adjustedLetter: 'E' },
  ],
  updatedAt: '2026-11-29T06:00:00.000Z',
}

describe('the grading form’s draft', () => {
  it('fills from a stored grade (a delta adjustment shown as the score it gives) and saves the same grade back', () => {
    const draft = draftFromGrade(grade)
    expect(draft.levels).toEqual({ c1: 'good' })
    expect(draft.adjustments.s2).toEqual({ points: '2', reason: 'Jarang hadir' })
    expect(bodyFromDraft(draft, members)).toEqual({
      body: {
        scores: [{ criterionId: 'c1', levelId: 'good', comment: 'Rapi.' }],
        feedback: 'Bagus.',
        adjustments: [{ studentId: 's2', points: 2, reason: 'Jarang hadir' }],
      },
    })
  })

  it('sends no adjustment for an empty score, and names the member whose adjustment lacks a reason', () => {
    const draft = draftFromGrade(undefined)
    draft.adjustments.s1 = { points: '', reason: 'tidak dipakai' }
    expect(bodyFromDraft(draft, members)).toEqual({ body: { scores: [], feedback: '', adjustments: [] } })
    draft.adjustments.s2 = { points: '5', reason: '  ' }
    expect(bodyFromDraft(draft, members)).toEqual({ missingReason: 'Budi' })
  })
})
