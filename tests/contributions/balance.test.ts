import { describe, expect, it } from 'vitest'
import {
  ACTIVE_COMMENTS,
  COMMENT_WEIGHT_CHARS,
  EDIT_WEIGHT_CHARS,
  MIN_TEAM_MINUTES,
  MIN_TEAM_WEIGHT,
  REMOVED_WEIGHT,
  balanceIndex,
  contributionWeight,
  enoughEvidence,
  indicators,
  teamPatternsOnly,
  workspaceContributions,
  type IndicatorInput,
} from '../../cases/contributions'

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

  it('counts comments, modestly weighted removals, and the per-update capped characters when present', () => {
    const figures = { charsAdded: 5000, charsCounted: 400, ecomapEdits: 0, fieldEdits: 0 }
    expect(contributionWeight(figures)).toBe(400)
    expect(contributionWeight({ ...figures, charsRemovedCounted: 100, comments: 2 })).toBe(
      400 + REMOVED_WEIGHT * 100 + 2 * COMMENT_WEIGHT_CHARS,
    )
    // Counters stored before the capped counts existed: the uncapped ones stand in.
    expect(contributionWeight({ charsAdded: 50, charsRemoved: 40, ecomapEdits: 0, fieldEdits: 0 })).toBe(
      50 + REMOVED_WEIGHT * 40,
    )
  })
})

/** A member who worked `minutes` distinct minutes; `chars` typed a few characters at a time (not capped). */
const worker = (userId: string, chars: number, more: Partial<IndicatorInput> = {}): IndicatorInput => ({
  userId,
  charsAdded: chars,
  charsCounted: chars,
  ecomapEdits: 0,
  fieldEdits: 0,
  activeMinutes: 40,
  ...more,
})

const kindsOf = (found: ReturnType<typeof indicators>) => found.map((i) => [i.kind, i.userIds])

describe('the indicators', () => {
  it('say nothing for one paragraph (about 600 characters) by one member', () => {
    const paragraph = [worker('ani', 600, { activeMinutes: 5 }), worker('budi', 0, { activeMinutes: 0 })]
    expect(indicators([...paragraph, worker('citra', 0, { activeMinutes: 0 })])).toEqual([])
    // Even typed slowly over an hour, one paragraph is far below the team threshold.
    expect(indicators([worker('ani', 600, { activeMinutes: 60 }), worker('budi', 0)])).toEqual([])
    expect(enoughEvidence([worker('ani', 600, { activeMinutes: 60 }), worker('budi', 0)])).toBe(false)
  })

  it('wait for both enough work and enough time', () => {
    const lopsided = (minutes: number) => [
      worker('ani', MIN_TEAM_WEIGHT, { activeMinutes: minutes }),
      worker('budi', 0, { activeMinutes: 0 }),
    ]
    expect(indicators(lopsided(MIN_TEAM_MINUTES - 1))).toEqual([])
    expect(kindsOf(indicators(lopsided(MIN_TEAM_MINUTES)))).toEqual([
      ['teamCentred', []],
      ['littleWrittenYet', ['budi']],
    ])
    expect(indicators([worker('ani', MIN_TEAM_WEIGHT - 1), worker('budi', 0, { activeMinutes: 0 })])).toEqual(
      [],
    )
  })

  it('describe a team centred on one typist without naming anyone, and name no teammate who comments actively', () => {
    // An agreed typist (juru ketik): Ani types, Budi and Citra comment and reply on her text.
    const team = [
      worker('ani', 6000),
      worker('budi', 0, { comments: ACTIVE_COMMENTS, activeMinutes: 30 }),
      worker('citra', 0, { comments: 8, activeMinutes: 30 }),
    ]
    const found = indicators(team)
    expect(kindsOf(found)).toEqual([['teamCentred', []]])
    expect(found[0]?.label.id).toBe('Tulisan tim terpusat pada satu anggota')
    expect(found[0]?.label.en).toBe("The team's writing is centred on one member")
  })

  it('list, in neutral words, a member who has written little yet once the team has done substantial work', () => {
    const found = indicators([worker('ani', 2500), worker('budi', 2200), worker('citra', 100)])
    expect(kindsOf(found)).toEqual([['littleWrittenYet', ['citra']]])
    expect(found[0]?.label).toEqual({ id: 'Belum banyak menulis', en: 'Little written contribution yet' })
  })

  it('count condensing text, ecomap work and comments, so an editor or an ecomap drawer is not listed', () => {
    const team = [
      worker('ani', 4000),
      worker('budi', 3000),
      // Citra condensed 1200 characters of her teammates' drafts and drew the ecomap (25 changes).
      worker('citra', 0, { charsRemovedCounted: 1200, ecomapEdits: 25 }),
    ]
    expect(contributionWeight(team[2]!)).toBe(REMOVED_WEIGHT * 1200 + EDIT_WEIGHT_CHARS * 25)
    expect(indicators(team)).toEqual([])
  })

  it('never pin a module concept (maypole, social loafing, free riding) on anyone', () => {
    const teams = [
      [worker('ani', 9000), worker('budi', 50), worker('citra', 0)],
      [worker('ani', 3000), worker('budi', 2800), worker('citra', 300)],
      [worker('ani', 5000), worker('budi', 0)],
    ]
    for (const team of teams) {
      for (const found of indicators(team)) {
        expect(['teamCentred', 'littleWrittenYet']).toContain(found.kind)
        expect(`${found.label.id} ${found.explanation.id}`).not.toMatch(
          /maypole|kemalasan|penunggang|free rid/i,
        )
        expect(`${found.label.en} ${found.explanation.en}`).not.toMatch(/maypole|loafing|free rid/i)
        if (found.kind === 'teamCentred') expect(found.userIds).toEqual([])
      }
    }
  })

  it('say nothing about an even team or a team of one', () => {
    expect(indicators([worker('ani', 1400), worker('budi', 1300), worker('citra', 1200)])).toEqual([])
    expect(indicators([worker('ani', 50_000)])).toEqual([])
  })

  it('are bilingual and say they are indicators, not grades', () => {
    const [centred] = indicators([worker('ani', 4000), worker('budi', 100)])
    expect(centred?.kind).toBe('teamCentred')
    expect(centred?.explanation.en).toMatch(/not a grade/)
    expect(centred?.explanation.id).toMatch(/bukan nilai/)
  })

  it('leave students only the patterns that name nobody', () => {
    const found = indicators([worker('ani', 4000), worker('budi', 0)])
    expect(found.map((i) => i.kind)).toEqual(['teamCentred', 'littleWrittenYet'])
    expect(teamPatternsOnly(found).map((i) => i.kind)).toEqual(['teamCentred'])
  })

  it('validate against the published response schema', () => {
    const figures = {
      charsAdded: 1,
      charsRemoved: 0,
      charsCounted: 1,
      charsRemovedCounted: 0,
      ecomapEdits: 0,
      fieldEdits: 0,
      activeMinutes: 1,
      textPresent: 1,
      textShare: 1,
      comments: 0,
    }
    const team = [worker('a', 4000), worker('b', 0)]
    const parsed = workspaceContributions.safeParse({
      members: [
        { userId: 'a', name: 'Ani', ...figures, share: 1, weight: 1, perTemplate: { fiveC: figures } },
      ],
      balance: 1,
      indicators: indicators(team),
      enoughEvidence: enoughEvidence(team),
    })
    expect(parsed.success).toBe(true)
  })
})
