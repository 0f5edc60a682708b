import type { Storage } from '../storage/types'

/**
 * When a workspace's newest snapshot was taken (periodic, restore or submission alike), in ms since the epoch;
 * 0 when it has none yet.
 */
export async function latestTakenAt(storage: Storage, workspaceId: string): Promise<number> {
  const [snapshots, versions] = await Promise.all([
    storage.history.list(workspaceId),
    storage.versions.list(workspaceId),
  ])
  const times = [...snapshots.map((s) => s.takenAt), ...versions.map((v) => v.submittedAt)].map(Date.parse)
  return Math.max(0, ...times.filter(Number.isFinite))
}
