import { rm } from 'node:fs/promises'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import type { DocumentStore, StoredDocument } from '../types'
import type { FileQueue } from './fileQueue'
import { isSafeId, readJson, recordPath } from './files'

/** workspaces/<id>.json: the source of truth. The Yjs state is base64 so the file stays JSON. */
const stateFile = z.object({
  state: z.string(),
  templates: z.array(z.string()),
  clientOwners: z.record(z.string(), z.string()),
  updatedAt: z.string(),
})
type StateFile = z.infer<typeof stateFile>

/** workspaces/<id>.analysis.json: the readable projection, for people and tools; never read back into a doc. */
interface AnalysisFile {
  workspaceId: string
  updatedAt: string
  templates: unknown
}

/** One pair of files per workspace, so saving one workspace costs in proportion to that workspace only. */
export class LowdbDocumentStore implements DocumentStore {
  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
  ) {}

  async load(workspaceId: string): Promise<StoredDocument | undefined> {
    if (!isSafeId(workspaceId)) return undefined
    const file = recordPath(this.dir, workspaceId)
    // Wait for a queued write of this file so a load right after a store sees it.
    const raw = await this.queue.run(file, () => readJson<unknown>(file))
    if (raw === null) return undefined
    const parsed = stateFile.safeParse(raw)
    if (!parsed.success) throw new Error(`Workspace file ${file} is not a stored document`)
    const analysis = await readJson<AnalysisFile>(recordPath(this.dir, workspaceId, '.analysis.json'))
    return {
      state: new Uint8Array(Buffer.from(parsed.data.state, 'base64')),
      templates: parsed.data.templates,
      clientOwners: parsed.data.clientOwners,
      projection: analysis?.templates ?? null,
      updatedAt: parsed.data.updatedAt,
    }
  }

  async store(workspaceId: string, doc: StoredDocument): Promise<void> {
    const file = recordPath(this.dir, workspaceId)
    const analysisPath = recordPath(this.dir, workspaceId, '.analysis.json')
    const state: StateFile = {
      state: Buffer.from(doc.state).toString('base64'),
      templates: [...doc.templates],
      clientOwners: { ...doc.clientOwners },
      updatedAt: doc.updatedAt,
    }
    const analysis: AnalysisFile = { workspaceId, updatedAt: doc.updatedAt, templates: doc.projection }
    // The state first: it is what "saved" promises; the projection is derived from it.
    await this.queue.run(file, () => new JSONFile<StateFile>(file).write(state))
    await this.queue.run(analysisPath, () => new JSONFile<AnalysisFile>(analysisPath).write(analysis))
  }

  async delete(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const paths = [recordPath(this.dir, workspaceId), recordPath(this.dir, workspaceId, '.analysis.json')]
    await Promise.all(paths.map((p) => this.queue.run(p, () => rm(p, { force: true }))))
  }
}
