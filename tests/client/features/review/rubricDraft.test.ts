import { describe, expect, it } from 'vitest'
import { putRubricBody } from '../../../../cases/contracts/grades'
import {
  criteriaForSaving,
  freshId,
  newCriterion,
  newLevel,
  removeAt,
} from '../../../../client/src/features/review/rubricDraft'

const title = { id: 'Kriteria baru', en: 'New criterion' }
const label = { id: 'Tingkat baru', en: 'New level' }

describe('the rubric editor’s draft helpers', () => {
  it('give new criteria and levels ids unused in their list, so the server accepts the rubric', () => {
    const first = newCriterion([], title, label)
    const taken = { ...newCriterion([first], title, label), id: 'criterion3' }
    const third = newCriterion([first, taken], title, label)
    expect(new Set([first.id, taken.id, third.id]).size).toBe(3)
    expect(putRubricBody.safeParse({ criteria: [first, taken, third] }).success).toBe(true)
  })

  it('add a level one point above the highest and remove by position', () => {
    const c = newCriterion([], title, label)
    const level = newLevel(c.levels, label)
    expect(level.points).toBe(2)
    expect(c.levels.map((l) => l.id)).not.toContain(level.id)
    expect(removeAt([...c.levels, level], 0).map((l) => l.id)).toEqual([c.levels[1]?.id, level.id])
    expect(freshId('x', [{ id: 'x1' }, { id: 'x2' }])).toBe('x3')
  })

  it('sends a level description written in one language for both, and drops one left blank in both', () => {
    const c = newCriterion([], title, label)
    c.levels[0] = { ...c.levels[0]!, description: { id: 'Hanya Indonesia', en: ' ' } }
    c.levels[1] = { ...c.levels[1]!, description: { id: '', en: '' } }
    const [sent] = criteriaForSaving([c])
    expect(sent!.levels[0]!.description).toEqual({ id: 'Hanya Indonesia', en: 'Hanya Indonesia' })
    expect(sent!.levels[1]).not.toHaveProperty('description')
    expect(putRubricBody.safeParse({ criteria: [sent] }).success).toBe(true)
    expect(putRubricBody.safeParse({ criteria: [c] }).success).toBe(false)
  })
})
