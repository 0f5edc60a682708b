import { bi, type Bilingual } from '../i18n/bilingual'
import { contributionWeight, toShares } from './balance'
import type { ActivityFigures, ContributionIndicator, IndicatorKind } from './figures'

/** No indicator before the team has contributed this many weighted characters (about a paragraph): too early to tell. */
export const MIN_TEAM_WEIGHT = 300

/**
 * Maypole: one member's share is at least halfway from an even share (1/n) to everything (1):
 * `share ≥ 1/n + MAYPOLE_EXCESS·(1 − 1/n)` → 0.75 in a team of 2, 0.67 of 3, 0.63 of 4, 0.6 of 5.
 */
export const MAYPOLE_EXCESS = 0.5

/** Possible free riding: a member's share is below this fraction of an even share (almost nothing). */
export const FREE_RIDING_OF_EVEN = 0.1

/** Possible social loafing: below this fraction of an even share (but above the free-riding line). */
export const SOCIAL_LOAFING_OF_EVEN = 0.35

/** What `indicators` needs of a member. */
export type IndicatorInput = Pick<ActivityFigures, 'charsAdded' | 'ecomapEdits' | 'fieldEdits'> & {
  userId: string
}

const NOT_A_GRADE = bi(
  'Ini indikator dari jejak penyuntingan, bukan nilai: bicarakan bersama tim sebelum menyimpulkan apa pun (diskusi, membaca sumber, dan menyusun ide tidak tercatat di sini).',
  'This is an indicator from the editing trail, not a grade: talk it over with the team before concluding anything (discussion, reading and thinking things through are not recorded here).',
)

const TEXTS: Record<IndicatorKind, { label: Bilingual; explanation: Bilingual }> = {
  maypole: {
    label: bi('Pola maypole: satu anggota menjadi pusat', 'Maypole pattern: one member at the centre'),
    explanation: bi(
      'Sebagian besar suntingan berasal dari satu anggota, seperti pola interaksi maypole di mana semua berjalan melalui satu tokoh sentral.',
      'Most of the edits come from one member, like the maypole interaction pattern in which everything runs through one central figure.',
    ),
  },
  possibleSocialLoafing: {
    label: bi('Kemungkinan kemalasan sosial', 'Possible social loafing'),
    explanation: bi(
      'Anggota ini menyumbang jauh lebih sedikit daripada bagian yang merata. Kemalasan sosial: anggota berusaha lebih sedikit dalam kelompok daripada saat sendiri.',
      'This member contributed far less than an even share. Social loafing: members put in less effort in a group than they would alone.',
    ),
  },
  possibleFreeRiding: {
    label: bi('Kemungkinan penunggang bebas (free riding)', 'Possible free riding'),
    explanation: bi(
      'Anggota ini hampir tidak menyumbang suntingan. Penunggang bebas: anggota yang merasa kontribusinya tidak penting atau tetap mendapat hasil. Jika anggota lain menutupi kekurangannya, waspadai sucker effect.',
      'This member has contributed almost no edits. Free riding: members who think their contribution does not matter, or who benefit anyway. If the others make up for it, watch for the sucker effect.',
    ),
  },
}

function indicator(kind: IndicatorKind, userIds: string[]): ContributionIndicator {
  const { label, explanation } = TEXTS[kind]
  return {
    kind,
    userIds,
    label,
    explanation: { id: `${explanation.id} ${NOT_A_GRADE.id}`, en: `${explanation.en} ${NOT_A_GRADE.en}` },
  }
}

/**
 * Indicators named after the module's concepts, from each member's weighted contribution (balance.ts): `maypole`
 * when one member's share passes the maypole line, `possibleFreeRiding` / `possibleSocialLoafing` for members far
 * below an even share. None for teams of one or before MIN_TEAM_WEIGHT. Indicators, never grades.
 */
export function indicators(members: readonly IndicatorInput[]): ContributionIndicator[] {
  const weights = members.map(contributionWeight)
  const total = weights.reduce((a, b) => a + b, 0)
  if (members.length < 2 || total < MIN_TEAM_WEIGHT) return []
  const shares = toShares(weights)
  const even = 1 / members.length
  const maypoleLine = even + MAYPOLE_EXCESS * (1 - even)
  const pick = (test: (share: number) => boolean) =>
    members.filter((_, i) => test(shares[i] ?? 0)).map((m) => m.userId)
  const found: ContributionIndicator[] = []
  const central = pick((s) => s >= maypoleLine)
  if (central.length > 0) found.push(indicator('maypole', central))
  const riding = pick((s) => s < FREE_RIDING_OF_EVEN * even)
  if (riding.length > 0) found.push(indicator('possibleFreeRiding', riding))
  const loafing = pick((s) => s >= FREE_RIDING_OF_EVEN * even && s < SOCIAL_LOAFING_OF_EVEN * even)
  if (loafing.length > 0) found.push(indicator('possibleSocialLoafing', loafing))
  return found
}
