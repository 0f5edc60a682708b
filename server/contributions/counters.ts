import { PASTE_CAP_CHARS } from '../../cases/contributions/balance'
import { emptyFigures } from '../../cases/contributions/figures'
import type { ActivityCounters, ContributionRecord, MemberCounters } from '../storage/contributionTypes'
import type { TemplateTally, TransactionTally } from './tally'

/** Counters that are all zero, with no minute counted yet. */
function emptyCounters(): ActivityCounters {
  return { ...emptyFigures(), lastMinute: -1 }
}

/** An empty record for a workspace. */
export function emptyRecord(workspaceId: string): ContributionRecord {
  return { workspaceId, members: {}, updatedAt: new Date(0).toISOString() }
}

function addTo(counters: ActivityCounters, tally: TemplateTally, minute: number): void {
  counters.charsAdded += tally.charsAdded
  counters.charsRemoved += tally.charsRemoved
  // Capped per update so a paste does not count in full; counters stored before the capped ones start from the
  // uncapped totals, as the readers fall back to them.
  counters.charsCounted =
    (counters.charsCounted ?? counters.charsAdded - tally.charsAdded) +
    Math.min(tally.charsAdded, PASTE_CAP_CHARS)
  counters.charsRemovedCounted =
    (counters.charsRemovedCounted ?? counters.charsRemoved - tally.charsRemoved) +
    Math.min(tally.othersCharsRemoved, PASTE_CAP_CHARS)
  counters.ecomapEdits += tally.ecomapEdits
  counters.fieldEdits += tally.fieldEdits
  // Minutes only move forward, so counting changes of minute counts distinct minutes.
  if (minute > counters.lastMinute) {
    counters.activeMinutes++
    counters.lastMinute = minute
  }
}

/**
 * Add one applied transaction of `userId` to the record: per template, and to the member's totals. Any applied
 * update makes its minute active, even one that changed nothing countable (the tally is empty then).
 */
export function addTally(
  record: ContributionRecord,
  userId: string,
  tally: TransactionTally,
  minute: number,
): void {
  const member: MemberCounters = (record.members[userId] ??= { ...emptyCounters(), perTemplate: {} })
  const total: TemplateTally = {
    charsAdded: 0,
    charsRemoved: 0,
    othersCharsRemoved: 0,
    ecomapEdits: 0,
    fieldEdits: 0,
  }
  for (const [templateId, part] of tally) {
    addTo((member.perTemplate[templateId] ??= emptyCounters()), part, minute)
    total.charsAdded += part.charsAdded
    total.charsRemoved += part.charsRemoved
    total.othersCharsRemoved += part.othersCharsRemoved
    total.ecomapEdits += part.ecomapEdits
    total.fieldEdits += part.fieldEdits
  }
  addTo(member, total, minute)
}
