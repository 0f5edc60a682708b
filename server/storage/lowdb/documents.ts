import { rm } from 'node:fs/promises'
import { z } from 'zod'
import type { DocumentStore, LoadedDocument, LogBatch, StoredDocument } from '../types'
import { syncDir, writeFileDurably } from './durableFile'
import type { FileQueue } from './fileQueue'
import { isSafeId, readJson, recordPath } from './files'
import type { UpdateLog } from './updateLog'

/** workspaces/<id>.json: the snapshot. The Yjs state is base64 so the file stays JSON. */
const stateFile = z.object({
  state: z.string(),
  templates: z.array(z.string()),
  clientOwners: z.record(z.string(), z.string()),
  updatedAt: z.string(),
  /** Where the update log stood when the state was read (absent in files that predate the log). */
  log: z.object({ id: z.string(), from: z.number().int().min(0) }).optional(),
})
type StateFile = z.infer<typeof stateFile>

/** workspaces/<id>.analysis.json: the readable projection, for people and tools; never read back into a doc. */
interface AnalysisFile {
  workspaceId: string
  updatedAt: string
  templates: unknown
}

/**
 * A snapshot and its readable projection per workspace in workspaces/, and the shared update log in log/ (see
 * UpdateLog). The snapshot is the log's compaction: it records where the log stood when its state was read, and
 * once it is durable the log's records of that workspace before that point are cut.
 */
export class LowdbDocumentStore implements DocumentStore {
  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly log: UpdateLog,
  ) {}

  private async readSnapshot(workspaceId: string): Promise<StateFile | null> {
    const file = recordPath(this.dir, workspaceId)
    // Wait for a queued write of this file so a load right after a store sees it.
    const raw = await this.queue.run(file, () => readJson<unknown>(file))
    if (raw === null) return null
    const parsed = stateFile.safeParse(raw)
    if (!parsed.success) throw new Error(`Workspace file ${file} is not a stored document`)
    return parsed.data
  }

  async load(workspaceId: string): Promise<LoadedDocument | undefined> {
    if (!isSafeId(workspaceId)) return undefined
    const snapshot = await this.readSnapshot(workspaceId)
    if (!snapshot) {
      // Records of a workspace deleted before its log was cut: nothing to replay them onto.
      await this.log.forget(workspaceId)
      return undefined
    }
    const analysis = await readJson<AnalysisFile>(recordPath(this.dir, workspaceId, '.analysis.json'))
    return {
      state: new Uint8Array(Buffer.from(snapshot.state, 'base64')),
      templates: snapshot.templates,
      clientOwners: snapshot.clientOwners,
      projection: analysis?.templates ?? null,
      updatedAt: snapshot.updatedAt,
      log: this.log.recordsAfter(workspaceId, snapshot.log),
    }
  }

  async store(workspaceId: string, doc: StoredDocument): Promise<void> {
    const file = recordPath(this.dir, workspaceId)
    // Read synchronously, at the call: the caller read the document's state just before.
    const at = this.log.position()
    const state: StateFile = {
      state: Buffer.from(doc.state).toString('base64'),
      templates: [...doc.templates],
      clientOwners: { ...doc.clientOwners },
      updatedAt: doc.updatedAt,
      log: at,
    }
    const analysisPath = recordPath(this.dir, workspaceId, '.analysis.json')
    const analysis: AnalysisFile = { workspaceId, updatedAt: doc.updatedAt, templates: doc.projection }
    // The state first: it is what "saved" promises; the projection is derived from it.
    await this.queue.run(file, () => writeFileDurably(file, JSON.stringify(state, null, 2)))
    await this.queue.run(analysisPath, () =>
      writeFileDurably(analysisPath, JSON.stringify(analysis, null, 2)),
    )
    await this.log.covered(workspaceId, at)
  }

  append(batch: LogBatch): Promise<void> {
    return this.log.append(batch)
  }

  async replayable() {
    return { workspaceIds: this.log.workspaces(), tornBytes: this.log.tornBytes }
  }

  async delete(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const paths = [recordPath(this.dir, workspaceId), recordPath(this.dir, workspaceId, '.analysis.json')]
    await Promise.all(paths.map((p) => this.queue.run(p, () => rm(p, { force: true }))))
    await syncDir(this.dir)
    await this.log.forget(workspaceId)
  }
}
