import { bi, type Bilingual } from '../i18n/bilingual'
import { contributionWeight, toShares, type WeightInput } from './balance'
import type { ActivityFigures, ContributionIndicator, IndicatorKind, WorkspaceContributions } from './figures'

/**
 * No indicator before the team's weighted contribution (balance.ts) reaches this: about five paragraphs of 600
 * characters, so one paragraph by one member (or a pasted page, capped per update) never triggers anything.
 */
export const MIN_TEAM_WEIGHT = 3000

/**
 * No indicator before the team has worked this many distinct minutes: the most active member's `activeMinutes`
 * (a lower bound of the team's own, which the counters do not hold), so one sitting of a few minutes is not enough.
 */
export const MIN_TEAM_MINUTES = 20

/**
 * The team's writing is centred on one member when one share is at least halfway from an even share (1/n) to
 * everything (1): `share ≥ 1/n + CENTRED_EXCESS·(1 − 1/n)` → 0.75 in a team of 2, 0.67 of 3, 0.63 of 4.
 */
export const CENTRED_EXCESS = 0.5

/** A member has little written contribution yet below this fraction of an even share (1/n)… */
export const LITTLE_OF_EVEN = 0.15

/** …and only with fewer comments and replies than this: a member who comments actively is never listed. */
export const ACTIVE_COMMENTS = 3

/** What `indicators` needs of a member. */
export type IndicatorInput = WeightInput & Pick<ActivityFigures, 'activeMinutes'> & { userId: string }

const NOT_A_GRADE = bi(
  'Ini indikator dari jejak penyuntingan, bukan nilai: bicarakan bersama tim sebelum menyimpulkan apa pun (diskusi, membaca sumber, dan menyusun ide tidak tercatat di sini).',
  'This is an indicator from the editing trail, not a grade: talk it over with the team before concluding anything (discussion, reading and thinking things through are not recorded here).',
)

const TEXTS: Partial<Record<IndicatorKind, { label: Bilingual; explanation: Bilingual }>> = {
  teamCentred: {
    label: bi('Tulisan tim terpusat pada satu anggota', "The team's writing is centred on one member"),
    explanation: bi(
      'Sebagian besar tulisan di dokumen bersama berasal dari satu anggota. Bisa jadi tim sepakat memakai juru ketik; ada baiknya tim membicarakan cara membagi penulisan dan penyuntingan.',
      'Most of the writing in the shared document comes from one member. The team may have agreed on one typist; it is worth talking about how the writing and editing are shared.',
    ),
  },
  littleWrittenYet: {
    label: bi('Belum banyak menulis', 'Little written contribution yet'),
    explanation: bi(
      'Anggota ini belum banyak menulis, menyunting, atau berkomentar di dokumen bersama dibandingkan timnya. Kontribusi lewat diskusi atau di luar dokumen tidak terlihat di sini.',
      'This member has not yet written, edited or commented much in the shared document compared with the team. Contributions in discussion or outside the document do not show here.',
    ),
  },
}

function indicator(kind: 'teamCentred' | 'littleWrittenYet', userIds: string[]): ContributionIndicator {
  const { label, explanation } = TEXTS[kind]!
  return {
    kind,
    userIds,
    label,
    explanation: { id: `${explanation.id} ${NOT_A_GRADE.id}`, en: `${explanation.en} ${NOT_A_GRADE.en}` },
  }
}

/**
 * Whether there is real evidence to read a pattern from: a team of two or more, at least MIN_TEAM_WEIGHT of
 * weighted contribution and MIN_TEAM_MINUTES of work.
 */
export function enoughEvidence(members: readonly IndicatorInput[]): boolean {
  const total = members.reduce((sum, m) => sum + contributionWeight(m), 0)
  const minutes = members.reduce((most, m) => Math.max(most, m.activeMinutes), 0)
  return members.length >= 2 && total >= MIN_TEAM_WEIGHT && minutes >= MIN_TEAM_MINUTES
}

/**
 * Indicators from each member's weighted contribution (balance.ts), only once `enoughEvidence` holds:
 * `teamCentred` (a pattern of the team, naming nobody) when one share passes the centred line, and
 * `littleWrittenYet` listing the members below LITTLE_OF_EVEN of an even share with fewer than ACTIVE_COMMENTS
 * comments and replies (for lecturers: the service removes it for students). Never a module concept pinned on a
 * person; indicators, never grades.
 */
export function indicators(members: readonly IndicatorInput[]): ContributionIndicator[] {
  if (!enoughEvidence(members)) return []
  const shares = toShares(members.map(contributionWeight))
  const even = 1 / members.length
  const found: ContributionIndicator[] = []
  if (shares.some((s) => s >= even + CENTRED_EXCESS * (1 - even))) found.push(indicator('teamCentred', []))
  const little = members
    .filter((m, i) => (shares[i] ?? 0) < LITTLE_OF_EVEN * even && (m.comments ?? 0) < ACTIVE_COMMENTS)
    .map((m) => m.userId)
  if (little.length > 0) found.push(indicator('littleWrittenYet', little))
  return found
}

/** The indicators that describe the team's pattern and name no member: what students may see. */
export function teamPatternsOnly(found: readonly ContributionIndicator[]): ContributionIndicator[] {
  return found.filter((i) => i.userIds.length === 0)
}

/** What each kind of indicator stored before issue 12 reads as now: the team's pattern, or a member's little writing. */
const NOW_READ_AS: Record<IndicatorKind, 'teamCentred' | 'littleWrittenYet'> = {
  teamCentred: 'teamCentred',
  maypole: 'teamCentred',
  littleWrittenYet: 'littleWrittenYet',
  possibleSocialLoafing: 'littleWrittenYet',
  possibleFreeRiding: 'littleWrittenYet',
}

/**
 * A stored mirror (one kept with a submitted version) in today's words: the old person-blaming kinds become the
 * neutral ones (a maypole names nobody any more), the labels and explanations are today's, and before the evidence
 * thresholds are met there is neither a balance nor any indicator.
 */
export function inCurrentWords(report: WorkspaceContributions): WorkspaceContributions {
  const evidence = enoughEvidence(report.members)
  if (!evidence) return { ...report, balance: null, indicators: [], enoughEvidence: false }
  const little = new Set<string>()
  let centred = false
  for (const found of report.indicators) {
    if (NOW_READ_AS[found.kind] === 'teamCentred') centred = true
    else for (const id of found.userIds) little.add(id)
  }
  const indicators: ContributionIndicator[] = []
  if (centred) indicators.push(indicator('teamCentred', []))
  if (little.size > 0) indicators.push(indicator('littleWrittenYet', [...little]))
  return { ...report, indicators }
}
