import { describe, expect, it } from 'vitest'
import { putSelfCheckBody } from '../../cases/contracts/selfCheck'
import { aggregateSelfCheck } from '../../cases/selfCheck/aggregate'
import {
  TUCKMAN_INDICATOR_KEYS,
  TUCKMAN_STAGE_INDICATORS,
  stageOfIndicator,
} from '../../cases/selfCheck/stages'

const at = '2026-01-01T00:00:00.000Z'

describe('the stage self-check domain', () => {
  it("offers the module's four stages, each with the Tuckman template's indicators, keys unique across stages", () => {
    expect(TUCKMAN_STAGE_INDICATORS.map((s) => [s.stage, s.indicators.length])).toEqual([
      ['forming', 6],
      ['storming', 3],
      ['norming', 5],
      ['performing', 5],
    ])
    expect(new Set(TUCKMAN_INDICATOR_KEYS).size).toBe(TUCKMAN_INDICATOR_KEYS.length)
    expect(stageOfIndicator('testingRoles')).toBe('storming')
    expect(stageOfIndicator('nope')).toBeUndefined()
  })

  it('counts answers per stage and indicator, and flags a spread only when two or more stages are chosen', () => {
    const one = { stage: 'forming' as const, indicators: ['tentative'], note: '', answeredAt: at }
    expect(aggregateSelfCheck(4, [one, one]).spread).toBe(false)
    const two = {
      stage: 'storming' as const,
      indicators: ['tentative', 'conflictArises'],
      note: '',
      answeredAt: at,
    }
    expect(aggregateSelfCheck(4, [one, two])).toEqual({
      members: 4,
      responses: 2,
      byStage: { forming: 1, storming: 1, norming: 0, performing: 0 },
      indicators: { tentative: 2, conflictArises: 1 },
      spread: true,
    })
    expect(aggregateSelfCheck(3, []).spread).toBe(false)
  })

  it('accepts only known stages and indicators, without repeats, and a note up to 500 characters', () => {
    expect(
      putSelfCheckBody.safeParse({ stage: 'norming', indicators: ['taskFocus'], note: ' ok ' }).data,
    ).toEqual({
      stage: 'norming',
      indicators: ['taskFocus'],
      note: 'ok',
    })
    expect(putSelfCheckBody.safeParse({ stage: 'adjourning', indicators: [] }).success).toBe(false)
    expect(putSelfCheckBody.safeParse({ stage: 'norming', indicators: ['x'] }).success).toBe(false)
    expect(putSelfCheckBody.safeParse({ stage: 'norming', indicators: ['results', 'results'] }).success).toBe(
      false,
    )
    expect(
      putSelfCheckBody.safeParse({ stage: 'norming', indicators: [], note: 'x'.repeat(501) }).success,
    ).toBe(false)
  })
})
