import { describe, expect, it } from 'vitest'
import { COMMENT_WEIGHT_CHARS, MIN_TEAM_MINUTES, balanceIndex } from '../../cases/contributions'
import { buildReport } from '../../server/contributions/report'
import type { MemberCounters } from '../../server/storage/types'

const counters = (charsAdded: number, perTemplate: MemberCounters['perTemplate'] = {}): MemberCounters => ({
  charsAdded,
  charsRemoved: 0,
  ecomapEdits: 0,
  fieldEdits: 0,
  activeMinutes: 2,
  lastMinute: 10,
  perTemplate,
})

describe('the contribution report', () => {
  it('lists every current member, counts a former member’s text in the shares, and fills every template', () => {
    const report = buildReport({
      members: [
        { id: 'ani', name: 'Ani' },
        { id: 'budi', name: 'Budi' },
      ],
      templateIds: ['fiveC', 'ecomap'],
      record: {
        workspaceId: 'w1',
        members: {
          ani: counters(400, { fiveC: { ...counters(400), lastMinute: 10 } }),
          former: counters(900),
        },
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      presence: new Map([
        [
          'fiveC',
          new Map([
            ['ani', 150],
            ['former', 50],
          ]),
        ],
      ]),
      comments: new Map([
        ['budi', 2],
        ['budi/ecomap', 2],
      ]),
    })
    expect(report.members.map((m) => m.userId)).toEqual(['ani', 'budi'])
    const [ani, budi] = report.members
    // Counters stored before the capped counts existed: their uncapped totals stand in. Budi's two comments weigh
    // COMMENT_WEIGHT_CHARS each.
    const weights = [400, 2 * COMMENT_WEIGHT_CHARS]
    expect(ani).toMatchObject({
      charsAdded: 400,
      charsCounted: 400,
      textPresent: 150,
      textShare: 0.75,
      comments: 0,
    })
    expect(ani?.weight).toBe(400)
    expect(ani?.share).toBeCloseTo(400 / (400 + weights[1]!))
    expect(ani?.perTemplate.fiveC).toMatchObject({ charsAdded: 400, textShare: 0.75 })
    expect(ani?.perTemplate.ecomap).toMatchObject({ charsAdded: 0, textPresent: 0, textShare: 0 })
    expect(budi).toMatchObject({ charsAdded: 0, activeMinutes: 0, textShare: 0, comments: 2 })
    expect(budi?.weight).toBe(weights[1])
    expect(budi?.perTemplate.ecomap?.comments).toBe(2)
    // Before the evidence thresholds no balance is sent: over this little work it would read as a verdict.
    expect(report.balance).toBeNull()
    // Far too little to tell anything yet.
    expect(report.enoughEvidence).toBe(false)
    expect(report.indicators).toEqual([])
  })

  it('reads a pattern only after substantial work over enough time', () => {
    const report = buildReport({
      members: [
        { id: 'ani', name: 'Ani' },
        { id: 'budi', name: 'Budi' },
      ],
      templateIds: ['fiveC'],
      record: {
        workspaceId: 'w1',
        members: { ani: { ...counters(5000), charsCounted: 4000, activeMinutes: MIN_TEAM_MINUTES } },
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      presence: new Map(),
      comments: new Map(),
    })
    expect(report.members[0]?.weight).toBe(4000)
    expect(report.enoughEvidence).toBe(true)
    expect(report.balance).toBeCloseTo(balanceIndex([4000, 0]) ?? -1)
    expect(report.indicators.map((i) => [i.kind, i.userIds])).toEqual([
      ['teamCentred', []],
      ['littleWrittenYet', ['budi']],
    ])
  })
})
