import type { Logger } from '../logger'
import type { SnapshotMeta } from '../storage/historyTypes'
import type { Storage } from '../storage/types'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Which periodic and restore snapshots a workspace keeps (submissions are versions, stored apart, never pruned):
 * every one of the last `allWithinMs`, the newest of each hour up to `hourlyWithinMs`, the newest of each (UTC) day
 * before that, and of those at most the `maxPerWorkspace` newest.
 */
export const HISTORY_RETENTION = {
  allWithinMs: DAY,
  hourlyWithinMs: 7 * DAY,
  maxPerWorkspace: 50,
} as const

/** The snapshots the retention policy drops, given the time now (ms since the epoch). */
export function snapshotsToPrune(
  snapshots: readonly SnapshotMeta[],
  now: number,
  policy: typeof HISTORY_RETENTION = HISTORY_RETENTION,
): string[] {
  const newestFirst = [...snapshots].sort((a, b) =>
    a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0,
  )
  const seenBuckets = new Set<string>()
  const kept: string[] = []
  const dropped: string[] = []
  for (const snapshot of newestFirst) {
    const at = Date.parse(snapshot.takenAt)
    const age = now - at
    // An unreadable or future time counts as recent: never drop what cannot be placed.
    const bucket =
      !Number.isFinite(at) || age < policy.allWithinMs
        ? null
        : age < policy.hourlyWithinMs
          ? `h${Math.floor(at / HOUR)}`
          : `d${Math.floor(at / DAY)}`
    if (bucket !== null && seenBuckets.has(bucket)) dropped.push(snapshot.id)
    else if (kept.length >= policy.maxPerWorkspace) dropped.push(snapshot.id)
    else {
      if (bucket !== null) seenBuckets.add(bucket)
      kept.push(snapshot.id)
    }
  }
  return dropped
}

/**
 * Apply the retention policy to a workspace's history (after a snapshot was stored). A failure is only logged: the
 * snapshots stay until the next one is taken.
 */
export async function pruneHistory(
  storage: Pick<Storage, 'history'>,
  workspaceId: string,
  logger: Logger,
  now = Date.now(),
): Promise<void> {
  try {
    const drop = snapshotsToPrune(await storage.history.list(workspaceId), now)
    if (drop.length > 0) await storage.history.delete(workspaceId, drop)
  } catch (error) {
    logger.error(
      `pruning the history of workspace ${workspaceId} failed; retrying after its next snapshot`,
      error,
    )
  }
}
