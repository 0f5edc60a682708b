import type { ActivityFigures } from '../../cases/contributions/figures'

/** Running counters of one scope (a member in total, or a member within one template). */
export interface ActivityCounters
  extends
    Omit<ActivityFigures, 'charsCounted' | 'charsRemovedCounted'>,
    Partial<Pick<ActivityFigures, 'charsCounted' | 'charsRemovedCounted'>> {
  // The capped counts are absent from counters stored before they existed (readers fall back to the uncapped).
  /** The last minute (ms since epoch / 60 000) counted in `activeMinutes`, so each minute counts once. */
  lastMinute: number
}

/** One member's running counters: totals and per template id. */
export interface MemberCounters extends ActivityCounters {
  perTemplate: Record<string, ActivityCounters>
}

/** A workspace's contribution counters, attributed by the server to the member who sent each update. */
export interface ContributionRecord {
  workspaceId: string
  /** Member id → counters; members who never sent an update are absent. */
  members: Record<string, MemberCounters>
  updatedAt: string
}

/** Contribution counters, one small file per workspace, written debounced beside the document. */
export interface ContributionStore {
  get(workspaceId: string): Promise<ContributionRecord | undefined>
  put(record: ContributionRecord): Promise<void>
  delete(workspaceId: string): Promise<void>
}
