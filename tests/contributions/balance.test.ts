import { describe, expect, it } from 'vitest'
import {
  EDIT_WEIGHT_CHARS,
  MIN_TEAM_WEIGHT,
  balanceIndex,
  contributionWeight,
  indicators,
  workspaceContributions,
} from '../../cases/contributions'

const member = (userId: string, charsAdded: number, edits = 0) => ({
  userId,
  charsAdded,
  ecomapEdits: edits,
  fieldEdits: 0,
})

describe('the balance index', () => {
  it('is 1 when everyone contributed the same and 0 when one member did everything', () => {
    expect(balanceIndex([100, 100, 100])).toBeCloseTo(1)
    expect(balanceIndex([300, 0, 0])).toBe(0)
  })

  it('is the normalised entropy of the shares, whatever their scale', () => {
    expect(balanceIndex([0.5, 0.3, 0.2])).toBeCloseTo(0.937, 3)
    expect(balanceIndex([800, 100, 100])).toBeCloseTo(0.582, 3)
    expect(balanceIndex([80, 10, 10])).toBeCloseTo(balanceIndex([800, 100, 100]) ?? -1, 10)
  })

  it('is null before anyone contributed and 1 for a team of one', () => {
    expect(balanceIndex([0, 0])).toBeNull()
    expect(balanceIndex([])).toBeNull()
    expect(balanceIndex([42])).toBe(1)
  })

  it('counts an ecomap or field edit as a few typed characters', () => {
    expect(contributionWeight({ charsAdded: 5, ecomapEdits: 2, fieldEdits: 1 })).toBe(
      5 + 3 * EDIT_WEIGHT_CHARS,
    )
  })
})

describe('the indicators', () => {
  it('name a maypole when one member has most of the work, and free riding for one with almost nothing', () => {
    const found = indicators([member('ani', 900), member('budi', 250), member('citra', 5)])
    expect(found.map((i) => [i.kind, i.userIds])).toEqual([
      ['maypole', ['ani']],
      ['possibleFreeRiding', ['citra']],
    ])
  })

  it('name possible social loafing for a member well below an even share', () => {
    const found = indicators([member('ani', 500), member('budi', 450), member('citra', 80)])
    expect(found.map((i) => [i.kind, i.userIds])).toEqual([['possibleSocialLoafing', ['citra']]])
  })

  it('say nothing about an even team, a team of one, or before there is enough work to tell', () => {
    expect(indicators([member('ani', 400), member('budi', 380), member('citra', 350)])).toEqual([])
    expect(indicators([member('ani', 5000)])).toEqual([])
    expect(indicators([member('ani', MIN_TEAM_WEIGHT - 1), member('budi', 0)])).toEqual([])
  })

  it('are bilingual and say they are indicators, not grades', () => {
    const [maypole] = indicators([member('ani', 1000), member('budi', 100)])
    expect(maypole?.kind).toBe('maypole')
    expect(maypole?.label.id).toMatch(/maypole/i)
    expect(maypole?.explanation.en).toMatch(/not a grade/)
    expect(maypole?.explanation.id).toMatch(/bukan nilai/)
  })

  it('validate against the published response schema', () => {
    const figures = {
      charsAdded: 1,
      charsRemoved: 0,
      ecomapEdits: 0,
      fieldEdits: 0,
      activeMinutes: 1,
      textPresent: 1,
      textShare: 1,
      comments: 0,
    }
    const parsed = workspaceContributions.safeParse({
      members: [{ userId: 'a', name: 'Ani', ...figures, share: 1, perTemplate: { fiveC: figures } }],
      balance: 1,
      indicators: indicators([member('a', 1000), member('b', 0)]),
    })
    expect(parsed.success).toBe(true)
  })
})
