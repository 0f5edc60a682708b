import * as Y from 'yjs'
import type { Storage } from '../storage/types'

/** The newest snapshot of a workspace, periodic, restore or submission alike. */
export interface LatestSnapshot {
  takenAt: string
  /** Reads its Yjs state. */
  state(): Promise<Uint8Array | undefined>
}

/** The newest snapshot of a workspace, or null when it has none yet. */
export async function latestSnapshot(storage: Storage, workspaceId: string): Promise<LatestSnapshot | null> {
  const [snapshots, versions] = await Promise.all([
    storage.history.list(workspaceId),
    storage.versions.list(workspaceId),
  ])
  const snapshot = snapshots.at(-1)
  const version = versions.at(-1)
  if (version && (!snapshot || version.submittedAt >= snapshot.takenAt)) {
    return {
      takenAt: version.submittedAt,
      state: async () => (await storage.versions.get(workspaceId, version.version))?.state,
    }
  }
  if (!snapshot) return null
  return {
    takenAt: snapshot.takenAt,
    state: async () => (await storage.history.get(workspaceId, snapshot.id))?.state,
  }
}

/** Whether a document holds exactly the content of a stored state (same updates applied, same deletions). */
export function sameContent(doc: Y.Doc, state: Uint8Array): boolean {
  const other = new Y.Doc()
  try {
    Y.applyUpdate(other, state)
    return Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(other))
  } finally {
    other.destroy()
  }
}
