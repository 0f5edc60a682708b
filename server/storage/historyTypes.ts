/** A snapshot the history store keeps (submission snapshots are the submitted versions' states, not stored here). */
export interface SnapshotMeta {
  id: string
  takenAt: string
  reason: 'periodic' | 'restore'
  /** Members whose edits came in since the previous snapshot (periodic), or the member who restored (restore). */
  byUserIds: string[]
}

/** A snapshot with its Yjs state. */
export interface StoredSnapshot extends SnapshotMeta {
  /** `Y.encodeStateAsUpdate` of the document when the snapshot was taken. */
  state: Uint8Array
}

/**
 * A workspace's history: each snapshot its own file, written once and never changed, plus a small index, so saving
 * the live workspace never grows with its history.
 */
export interface SnapshotStore {
  /** Store a snapshot; rejects when a snapshot with that id exists. */
  create(workspaceId: string, snapshot: StoredSnapshot): Promise<void>
  get(workspaceId: string, snapshotId: string): Promise<StoredSnapshot | undefined>
  /** Every snapshot of a workspace, oldest first. */
  list(workspaceId: string): Promise<SnapshotMeta[]>
  /**
   * Delete these snapshots of a workspace (pruning); ids it does not have are skipped. Once it resolves, they are
   * neither listed nor readable.
   */
  delete(workspaceId: string, snapshotIds: readonly string[]): Promise<void>
  /** Delete a workspace's whole history (when the workspace itself is deleted). */
  deleteAll(workspaceId: string): Promise<void>
}
