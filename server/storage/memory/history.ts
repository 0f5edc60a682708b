import type { SnapshotMeta, SnapshotStore, StoredSnapshot } from '../historyTypes'

/** Snapshots held in memory, copied in and out like every memory store. */
export class MemorySnapshotStore implements SnapshotStore {
  readonly byWorkspace = new Map<string, StoredSnapshot[]>()

  async create(workspaceId: string, snapshot: StoredSnapshot): Promise<void> {
    let snapshots = this.byWorkspace.get(workspaceId)
    if (!snapshots) this.byWorkspace.set(workspaceId, (snapshots = []))
    if (snapshots.some((s) => s.id === snapshot.id)) throw new Error(`Snapshot ${snapshot.id} exists`)
    snapshots.push(structuredClone(snapshot))
  }

  async get(workspaceId: string, snapshotId: string): Promise<StoredSnapshot | undefined> {
    const stored = this.byWorkspace.get(workspaceId)?.find((s) => s.id === snapshotId)
    return stored && structuredClone(stored)
  }

  async list(workspaceId: string): Promise<SnapshotMeta[]> {
    return (this.byWorkspace.get(workspaceId) ?? [])
      .map(({ id, takenAt, reason, byUserIds }) => ({ id, takenAt, reason, byUserIds: [...byUserIds] }))
      .sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0))
  }

  async delete(workspaceId: string, snapshotIds: readonly string[]): Promise<void> {
    const snapshots = this.byWorkspace.get(workspaceId)
    if (snapshots)
      this.byWorkspace.set(
        workspaceId,
        snapshots.filter((s) => !snapshotIds.includes(s.id)),
      )
  }

  async deleteAll(workspaceId: string): Promise<void> {
    this.byWorkspace.delete(workspaceId)
  }
}
