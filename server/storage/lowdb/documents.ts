import { open, readdir, readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import type { DocumentStore, LoadedDocument, LogBatch, LoggedUpdate, StoredDocument } from '../types'
import { FILE_MODE, syncDir, writeFileDurably } from './durableFile'
import type { FileQueue } from './fileQueue'
import { isSafeId, readJson, recordPath } from './files'
import { decodeLog, encodeLogRecord } from './logRecords'

/** workspaces/<id>.json: the snapshot. The Yjs state is base64 so the file stays JSON. */
const stateFile = z.object({
  state: z.string(),
  templates: z.array(z.string()),
  clientOwners: z.record(z.string(), z.string()),
  updatedAt: z.string(),
  /** The log generation records went to after this snapshot was taken (absent in files that predate the log). */
  logGeneration: z.number().int().min(0).optional(),
})
type StateFile = z.infer<typeof stateFile>

/** workspaces/<id>.analysis.json: the readable projection, for people and tools; never read back into a doc. */
interface AnalysisFile {
  workspaceId: string
  updatedAt: string
  templates: unknown
}

/** workspaces/<id>.<generation>.log */
const LOG_NAME = /^([A-Za-z0-9_-]{1,64})\.(\d{1,9})\.log$/

/** A workspace's log files on disk, and the generation new records go to. */
interface LogFiles {
  current: number
  generations: Set<number>
}

/**
 * One snapshot, one projection and an append-only update log per workspace, all in workspaces/. The log is
 * split into generations (`<id>.<n>.log`): a snapshot taken while records go to generation n moves new records
 * to n + 1 at once, records in its file which generation follows, and once it is durable the files before it are
 * deleted. That is the cut: a crash anywhere in it leaves a snapshot and the files it does not cover, and
 * replaying a record the snapshot already holds changes nothing.
 */
export class LowdbDocumentStore implements DocumentStore {
  private constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly logs: Map<string, LogFiles>,
  ) {}

  /** Open the store over `dir` (which exists), indexing the log files a previous run left. */
  static async open(queue: FileQueue, dir: string): Promise<LowdbDocumentStore> {
    const logs = new Map<string, LogFiles>()
    for (const name of await readdir(dir)) {
      const match = LOG_NAME.exec(name)
      if (!match?.[1] || !match[2]) continue
      const generation = Number(match[2])
      const entry = logs.get(match[1]) ?? { current: 0, generations: new Set<number>() }
      entry.generations.add(generation)
      entry.current = Math.max(entry.current, generation)
      logs.set(match[1], entry)
    }
    return new LowdbDocumentStore(queue, dir, logs)
  }

  private logPath(workspaceId: string, generation: number): string {
    return recordPath(this.dir, workspaceId, `.${generation}.log`)
  }

  private async readSnapshot(workspaceId: string): Promise<StateFile | null> {
    const file = recordPath(this.dir, workspaceId)
    // Wait for a queued write of this file so a load right after a store sees it.
    const raw = await this.queue.run(file, () => readJson<unknown>(file))
    if (raw === null) return null
    const parsed = stateFile.safeParse(raw)
    if (!parsed.success) throw new Error(`Workspace file ${file} is not a stored document`)
    return parsed.data
  }

  /** The log entry of a workspace, created from its snapshot when this run has not touched it yet. */
  private async logFiles(workspaceId: string): Promise<LogFiles> {
    const known = this.logs.get(workspaceId)
    if (known) return known
    const snapshot = await this.readSnapshot(workspaceId)
    // Another call may have created it while the snapshot was read.
    const entry = this.logs.get(workspaceId) ?? { current: 0, generations: new Set<number>() }
    entry.current = Math.max(entry.current, snapshot?.logGeneration ?? 0)
    this.logs.set(workspaceId, entry)
    return entry
  }

  async load(workspaceId: string): Promise<LoadedDocument | undefined> {
    if (!isSafeId(workspaceId)) return undefined
    const snapshot = await this.readSnapshot(workspaceId)
    if (!snapshot) return undefined
    const covered = snapshot.logGeneration ?? 0
    const entry = this.logs.get(workspaceId) ?? { current: 0, generations: new Set<number>() }
    this.logs.set(workspaceId, entry)
    entry.current = Math.max(entry.current, covered)
    const log: LoggedUpdate[] = []
    let tornBytes = 0
    for (const generation of [...entry.generations].sort((a, b) => a - b)) {
      // Files before the snapshot's generation are covered by it: a crash came between the snapshot and the cut.
      if (generation < covered) {
        await this.removeLog(workspaceId, generation)
        continue
      }
      const read = await this.readLog(workspaceId, generation)
      log.push(...read.records)
      tornBytes += read.tornBytes
    }
    const analysis = await readJson<AnalysisFile>(recordPath(this.dir, workspaceId, '.analysis.json'))
    return {
      state: new Uint8Array(Buffer.from(snapshot.state, 'base64')),
      templates: snapshot.templates,
      clientOwners: snapshot.clientOwners,
      projection: analysis?.templates ?? null,
      updatedAt: snapshot.updatedAt,
      log,
      tornBytes,
    }
  }

  /** Read one log file; a torn tail is cut off the file so later appends follow whole records. */
  private readLog(workspaceId: string, generation: number) {
    const file = this.logPath(workspaceId, generation)
    return this.queue.run(file, async () => {
      const data = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return Buffer.alloc(0)
        throw error
      })
      const { records, validBytes } = decodeLog(data)
      const tornBytes = data.byteLength - validBytes
      if (tornBytes > 0) {
        const handle = await open(file, 'r+')
        try {
          await handle.truncate(validBytes)
          await handle.datasync()
        } finally {
          await handle.close()
        }
      }
      return { records, tornBytes }
    })
  }

  async store(workspaceId: string, doc: StoredDocument): Promise<void> {
    const file = recordPath(this.dir, workspaceId)
    // Synchronously, before any await: records appended from now on go to the next generation, which this
    // snapshot does not claim to cover.
    const entry = this.logs.get(workspaceId) ?? { current: 0, generations: new Set<number>() }
    this.logs.set(workspaceId, entry)
    entry.current += 1
    const next = entry.current
    const state: StateFile = {
      state: Buffer.from(doc.state).toString('base64'),
      templates: [...doc.templates],
      clientOwners: { ...doc.clientOwners },
      updatedAt: doc.updatedAt,
      logGeneration: next,
    }
    const analysisPath = recordPath(this.dir, workspaceId, '.analysis.json')
    const analysis: AnalysisFile = { workspaceId, updatedAt: doc.updatedAt, templates: doc.projection }
    // The state first: it is what "saved" promises; the projection is derived from it.
    await this.queue.run(file, () => writeFileDurably(file, JSON.stringify(state, null, 2)))
    await this.queue.run(analysisPath, () =>
      writeFileDurably(analysisPath, JSON.stringify(analysis, null, 2)),
    )
    const cut = [...entry.generations].filter((generation) => generation < next)
    await Promise.all(cut.map((generation) => this.removeLog(workspaceId, generation)))
    if (cut.length > 0) await syncDir(this.dir)
  }

  private removeLog(workspaceId: string, generation: number): Promise<void> {
    const file = this.logPath(workspaceId, generation)
    return this.queue.run(file, async () => {
      await rm(file, { force: true })
      this.logs.get(workspaceId)?.generations.delete(generation)
    })
  }

  async append(batch: LogBatch): Promise<void> {
    let created = false
    await Promise.all(
      [...batch].map(async ([workspaceId, records]) => {
        if (records.length === 0) return
        const entry = await this.logFiles(workspaceId)
        const generation = entry.current
        const file = this.logPath(workspaceId, generation)
        const bytes = Buffer.concat(records.map(encodeLogRecord))
        // Known before the write, so a snapshot taken meanwhile cuts this file too (after the write, in order).
        if (!entry.generations.has(generation)) created = true
        entry.generations.add(generation)
        await this.queue.run(file, async () => {
          const handle = await open(file, 'a', FILE_MODE)
          try {
            await handle.write(bytes)
            await handle.datasync()
          } finally {
            await handle.close()
          }
        })
      }),
    )
    // A new file's name is durable only once the folder is synced: one sync for every file this batch made.
    if (created) await syncDir(this.dir)
  }

  async withLog(): Promise<string[]> {
    return [...this.logs].filter(([, entry]) => entry.generations.size > 0).map(([id]) => id)
  }

  async delete(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const generations = [...(this.logs.get(workspaceId)?.generations ?? [])]
    const paths = [recordPath(this.dir, workspaceId), recordPath(this.dir, workspaceId, '.analysis.json')]
    await Promise.all([
      ...paths.map((p) => this.queue.run(p, () => rm(p, { force: true }))),
      ...generations.map((generation) => this.removeLog(workspaceId, generation)),
    ])
    this.logs.delete(workspaceId)
    await syncDir(this.dir)
  }
}
