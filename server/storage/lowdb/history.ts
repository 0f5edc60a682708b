import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { SnapshotMeta, SnapshotStore, StoredSnapshot } from '../historyTypes'
import { syncDir, writeFileDurably } from './durableFile'
import type { FileQueue } from './fileQueue'
import { isSafeId, prepareDir, removeDurably, writeJson } from './files'
import type { Quarantine } from './quarantine'
import { readRecord } from './recordFile'
import { historyIndexSchema } from './schemas'

/** history/<workspaceId>/index.json: what snapshots exist; a snapshot exists once it is listed here. */
interface IndexFile {
  workspaceId: string
  snapshots: SnapshotMeta[]
}

const INDEX = 'index.json'

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}

/**
 * history/<workspaceId>/<snapshotId>.yjs (the Yjs state, written once) and one small index.json per workspace.
 * Nothing here is touched by saving the live document, which lives in workspaces/<id>.json.
 */
export class LowdbSnapshotStore implements SnapshotStore {
  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly quarantine: Quarantine,
  ) {}

  private folder(workspaceId: string): string {
    if (!isSafeId(workspaceId)) throw new Error(`Unsafe workspace id: ${JSON.stringify(workspaceId)}`)
    return path.join(this.dir, workspaceId)
  }

  private async readIndex(folder: string): Promise<SnapshotMeta[]> {
    const read = await readRecord<IndexFile>(this.quarantine, path.join(folder, INDEX), historyIndexSchema, {
      what: `the history of workspace ${path.basename(folder)}`,
    })
    // Unavailable (damaged, reported): no snapshot is listed; their state files stay in the folder.
    return read.kind === 'ok' ? read.value.snapshots : []
  }

  async create(workspaceId: string, snapshot: StoredSnapshot): Promise<void> {
    if (!isSafeId(snapshot.id)) throw new Error(`Unsafe snapshot id: ${JSON.stringify(snapshot.id)}`)
    const folder = this.folder(workspaceId)
    const { state, ...meta } = snapshot
    const copy: SnapshotMeta = { ...meta, byUserIds: [...meta.byUserIds] }
    await this.queue.run(folder, async () => {
      // Writes of one folder run one at a time, so a temp file here is a crash's leftover.
      await prepareDir(folder)
      const snapshots = await this.readIndex(folder)
      if (snapshots.some((s) => s.id === copy.id)) throw new Error(`Snapshot ${copy.id} exists`)
      // The state first, durable and whole; the index entry (written durably after it) is what makes the
      // snapshot exist, so a crash between the two leaves an unlisted state file, never a listed missing one.
      await writeFileDurably(path.join(folder, `${copy.id}.yjs`), state)
      const index: IndexFile = { workspaceId, snapshots: [...snapshots, copy] }
      await writeJson(path.join(folder, INDEX), index)
    })
  }

  async get(workspaceId: string, snapshotId: string): Promise<StoredSnapshot | undefined> {
    if (!isSafeId(workspaceId) || !isSafeId(snapshotId)) return undefined
    const folder = this.folder(workspaceId)
    const meta = (await this.list(workspaceId)).find((s) => s.id === snapshotId)
    if (!meta) return undefined
    try {
      const state = await readFile(path.join(folder, `${snapshotId}.yjs`))
      return { ...meta, state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength) }
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return undefined
      throw error
    }
  }

  async list(workspaceId: string): Promise<SnapshotMeta[]> {
    if (!isSafeId(workspaceId)) return []
    const folder = this.folder(workspaceId)
    // Behind a create in progress, so a list right after a create sees it.
    const snapshots = await this.queue.run(folder, () => this.readIndex(folder))
    return snapshots.sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0))
  }

  async delete(workspaceId: string, snapshotIds: readonly string[]): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const folder = this.folder(workspaceId)
    const gone = new Set(snapshotIds)
    await this.queue.run(folder, async () => {
      const snapshots = await this.readIndex(folder)
      const deleted = snapshots.filter((s) => gone.has(s.id))
      if (deleted.length === 0) return
      // The index first: a snapshot exists while it is listed, so a crash before its file is removed leaves an
      // unlisted file (ignored), never a listed missing one.
      const index: IndexFile = { workspaceId, snapshots: snapshots.filter((s) => !gone.has(s.id)) }
      await writeJson(path.join(folder, INDEX), index)
      await Promise.all(deleted.map((s) => rm(path.join(folder, `${s.id}.yjs`), { force: true })))
      await syncDir(folder)
    })
  }

  async deleteAll(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const folder = this.folder(workspaceId)
    await this.queue.run(folder, () => removeDurably(folder))
  }
}
