import { rm } from 'node:fs/promises'
import { z } from 'zod'
import {
  DocumentUnavailableError,
  type DocumentStore,
  type LoadedDocument,
  type LogBatch,
  type StoredDocument,
} from '../types'
import { previousOf, syncDir, writeFileDurably } from './durableFile'
import type { FileQueue } from './fileQueue'
import { isSafeId, recordPath } from './files'
import type { Quarantine } from './quarantine'
import { readRecord, type ReadRecord } from './recordFile'
import { analysisSchema } from './schemas'
import type { LogPosition, UpdateLog } from './updateLog'

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
 *
 * The previous snapshot is kept as `<id>.json.prev`, and the log keeps what it needs to stand in for the current
 * one: a damaged snapshot is replaced by `.prev` plus the log's records after `.prev`'s position, so nothing
 * acknowledged is lost. To that end a store cuts the log only up to the position of the snapshot it replaces when
 * that one was taken in this run (`.prev` = the replaced file, a hard link); otherwise (the first store of a
 * workspace in a run, whose old snapshot may predate records earlier runs' log holds) `.prev` is a second copy of
 * the new snapshot and the cut is up to the new position, as before.
 */
export class LowdbDocumentStore implements DocumentStore {
  /** Where the snapshot on disk stands in the log (null: it predates the log), per workspace this run has seen. */
  private readonly onDisk = new Map<string, LogPosition | null>()

  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly log: UpdateLog,
    private readonly quarantine: Quarantine,
  ) {}

  /**
   * The snapshot, checked; a damaged one is quarantined and replaced by `.prev` (readRecord). When the log still
   * holds records this snapshot covers, kept only so that `.prev` plus the log could stand in for it, `.prev`
   * becomes a copy of this snapshot and those records are cut: otherwise a workspace nobody edits again would
   * keep earlier runs' log segments forever.
   */
  private async readSnapshot(workspaceId: string): Promise<ReadRecord<StateFile>> {
    const file = recordPath(this.dir, workspaceId)
    // Wait for a queued write of this file so a load right after a store sees it.
    return this.queue.run(file, async () => {
      const read = await readRecord<StateFile>(this.quarantine, file, stateFile, {
        what: `the document of workspace ${workspaceId}`,
        recovered: "with the update log's records after it replayed on top (nothing acknowledged is lost)",
      })
      if (read.kind !== 'ok') return read
      const at = read.value.log
      this.onDisk.set(workspaceId, at ?? null)
      if (!read.recovered && at && at.id !== this.log.id && this.log.hasCovered(workspaceId, at)) {
        await writeFileDurably(previousOf(file), JSON.stringify(read.value, null, 2))
        await this.log.cutCovered(workspaceId, at)
      }
      return read
    })
  }

  async load(workspaceId: string): Promise<LoadedDocument | undefined> {
    if (!isSafeId(workspaceId)) return undefined
    const read = await this.readSnapshot(workspaceId)
    if (read.kind === 'absent') {
      // Records of a workspace deleted before its log was cut: nothing to replay them onto.
      await this.log.forget(workspaceId)
      return undefined
    }
    // Damaged with no good version (quarantined, reported): not served; its log records stay for the operator.
    if (read.kind === 'unavailable') throw new DocumentUnavailableError(workspaceId)
    const snapshot = read.value
    const analysisFile = recordPath(this.dir, workspaceId, '.analysis.json')
    const analysis = await readRecord<AnalysisFile>(this.quarantine, analysisFile, analysisSchema, {
      what: `the readable projection of workspace ${workspaceId}`,
      recovered: 'and it is written again from the document at its next save',
    })
    return {
      state: new Uint8Array(Buffer.from(snapshot.state, 'base64')),
      templates: snapshot.templates,
      clientOwners: snapshot.clientOwners,
      projection: analysis.kind === 'ok' ? analysis.value.templates : null,
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
    const before = this.onDisk.get(workspaceId)
    // Taken in this run, the replaced snapshot plus this run's log from its position is the whole document.
    const replacedStandsIn = before != null && before.id === at.id
    const analysisPath = recordPath(this.dir, workspaceId, '.analysis.json')
    const analysis: AnalysisFile = { workspaceId, updatedAt: doc.updatedAt, templates: doc.projection }
    // The state first: it is what "saved" promises; the projection is derived from it.
    await this.queue.run(file, () =>
      writeFileDurably(file, JSON.stringify(state, null, 2), {
        previous: replacedStandsIn ? 'keep' : 'same',
      }),
    )
    this.onDisk.set(workspaceId, at)
    await this.queue.run(analysisPath, () =>
      writeFileDurably(analysisPath, JSON.stringify(analysis, null, 2)),
    )
    await this.log.covered(workspaceId, replacedStandsIn ? before : at, at)
  }

  append(batch: LogBatch): Promise<void> {
    return this.log.append(batch)
  }

  async replayable() {
    return { workspaceIds: this.log.workspaces(), tornBytes: this.log.tornBytes }
  }

  async delete(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const file = recordPath(this.dir, workspaceId)
    const paths = [file, previousOf(file), recordPath(this.dir, workspaceId, '.analysis.json')]
    await Promise.all(paths.map((p) => this.queue.run(p, () => rm(p, { force: true }))))
    this.onDisk.delete(workspaceId)
    await syncDir(this.dir)
    await this.log.forget(workspaceId)
  }
}
