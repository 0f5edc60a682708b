import { balanceIndex, contributionWeight, toShares } from '../../cases/contributions/balance'
import {
  emptyFigures,
  type MemberContribution,
  type TemplateContribution,
  type WorkspaceContributions,
} from '../../cases/contributions/figures'
import { enoughEvidence, indicators } from '../../cases/contributions/indicators'
import type { ActivityCounters, ContributionRecord } from '../storage/contributionTypes'
import type { TextPresence } from './textShare'

/** Everything the contribution mirror of one workspace is computed from. */
export interface ReportInput {
  /** The team's current members, from the class record (in its order). */
  members: readonly { id: string; name: string }[]
  templateIds: readonly string[]
  record: ContributionRecord
  presence: TextPresence
  /** Comment threads started plus replies written: `${memberId}` for the whole workspace, `${memberId}/${templateId}` per template. */
  comments: ReadonlyMap<string, number>
}

function figuresOf(counters: ActivityCounters | undefined) {
  if (!counters) return emptyFigures()
  const { charsAdded, charsRemoved, ecomapEdits, fieldEdits, activeMinutes } = counters
  // Counters stored before the capped counts existed lack them: their uncapped totals stand in.
  const charsCounted = counters.charsCounted ?? charsAdded
  const charsRemovedCounted = counters.charsRemovedCounted ?? charsRemoved
  return {
    charsAdded,
    charsRemoved,
    charsCounted,
    charsRemovedCounted,
    ecomapEdits,
    fieldEdits,
    activeMinutes,
  }
}

function sum(values: Iterable<number>): number {
  let total = 0
  for (const v of values) total += v
  return total
}

/**
 * The contribution mirror: every current member (also those with nothing yet), their counters in total and per
 * template, the share of the text still present (over all attributed text, former members' included), the
 * balance index and the indicators. Members who left the team are not listed.
 */
export function buildReport(input: ReportInput): WorkspaceContributions {
  const textTotals = new Map(input.templateIds.map((t) => [t, sum(input.presence.get(t)?.values() ?? [])]))
  const allText = sum(textTotals.values())
  const rows = input.members.map((member) => {
    const counters = input.record.members[member.id]
    const perTemplate: Record<string, TemplateContribution> = {}
    for (const templateId of input.templateIds) {
      const textPresent = input.presence.get(templateId)?.get(member.id) ?? 0
      const total = textTotals.get(templateId) ?? 0
      perTemplate[templateId] = {
        ...figuresOf(counters?.perTemplate[templateId]),
        textPresent,
        textShare: total > 0 ? textPresent / total : 0,
        comments: input.comments.get(`${member.id}/${templateId}`) ?? 0,
      }
    }
    const textPresent = sum(Object.values(perTemplate).map((t) => t.textPresent))
    return {
      userId: member.id,
      name: member.name,
      ...figuresOf(counters),
      textPresent,
      textShare: allText > 0 ? textPresent / allText : 0,
      comments: input.comments.get(member.id) ?? 0,
      perTemplate,
    }
  })
  const weights = rows.map(contributionWeight)
  const shares = toShares(weights)
  const members: MemberContribution[] = rows.map((row, i) => ({
    ...row,
    share: shares[i] ?? 0,
    weight: weights[i] ?? 0,
  }))
  // Before the evidence thresholds a balance would read as a verdict on too little: none is sent.
  const evidence = enoughEvidence(members)
  return {
    members,
    balance: evidence ? balanceIndex(weights) : null,
    indicators: indicators(members),
    enoughEvidence: evidence,
  }
}
