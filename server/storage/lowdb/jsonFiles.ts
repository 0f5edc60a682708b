import type { z } from 'zod'
import type { FileQueue } from './fileQueue'
import { isSafeId, recordPath, removeDurably, writeJson } from './files'
import type { Quarantine } from './quarantine'
import { readRecord } from './recordFile'

/** Where a JsonFiles folder's files are checked and, when damaged, quarantined and reported. */
export interface RecordChecks {
  quarantine: Quarantine
  /** The shape every file must have. */
  schema: z.ZodType
  /** What the file of record `id` holds, for the problem a damaged one causes (e.g. `the grade of workspace x`). */
  what: (id: string) => string
}

/**
 * One small JSON file per record in a folder, read on demand; writes and deletes of a file are serialised and
 * durable (fsynced, folder synced) before they resolve. A damaged file is replaced by its previous version, or,
 * with none, reads as absent and is reported (see readRecord).
 */
export class JsonFiles<T> {
  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly checks: RecordChecks,
  ) {}

  /** The record, or undefined when it does not exist or is unavailable (damaged, reported). */
  async get(id: string): Promise<T | undefined> {
    if (!isSafeId(id)) return undefined
    const file = recordPath(this.dir, id)
    const { quarantine, schema, what } = this.checks
    // Wait for a queued write of this file so a read right after a write sees it.
    const read = await this.queue.run(file, () => readRecord<T>(quarantine, file, schema, { what: what(id) }))
    return read.kind === 'ok' ? read.value : undefined
  }

  /** Replace the record's file durably (its old version kept as `.prev`). */
  async put(id: string, value: T): Promise<void> {
    const file = recordPath(this.dir, id)
    await this.queue.run(file, () => writeJson(file, value))
  }

  /** Remove the record's file (and its previous version) durably. */
  async delete(id: string): Promise<void> {
    if (!isSafeId(id)) return
    const file = recordPath(this.dir, id)
    await this.queue.run(file, () => removeDurably(file))
  }
}
