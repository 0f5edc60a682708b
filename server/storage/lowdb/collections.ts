import { MemoryCaseStore, MemoryClassStore, MemoryLecturerStore, MemorySessionStore } from '../memory/stores'
import type { CaseStore, ClassRecord, LecturerRecord, SessionRecord } from '../types'
import type { FileQueue } from './fileQueue'
import { recordPath, removeDurably, writeJson } from './files'

/**
 * Saves a snapshot of a small collection as one file; saves requested before a write starts share it. A save
 * resolves only once the file is durable, so the change it carries survives a crash right after the answer.
 */
export class SnapshotFile<T> {
  #queued: Promise<void> | null = null
  constructor(
    private readonly queue: FileQueue,
    private readonly file: string,
    private readonly snapshot: () => T,
  ) {}
  /** Resolves once a write that started after this call is durable. */
  save(): Promise<void> {
    this.#queued ??= this.queue.run(this.file, async () => {
      this.#queued = null
      await writeJson(this.file, this.snapshot())
    })
    return this.#queued
  }

  /**
   * Save after the record `id` of `records` changed from `before`. A change that could not be stored (a full disk
   * answers 503) must not live on in memory, so a failed save puts `before` back (or removes the new record).
   */
  saveOrUndo<R>(records: Map<string, R>, id: string, before: R | undefined): Promise<void> {
    return this.save().catch((error: unknown) => {
      if (before) records.set(id, before)
      else records.delete(id)
      throw error
    })
  }
}

/** The shape of lecturers.json. */
export interface LecturersFile {
  lecturers: LecturerRecord[]
}

/** Lecturers kept in memory and written to lecturers.json on every change. */
export class LowdbLecturerStore extends MemoryLecturerStore {
  readonly #file: SnapshotFile<LecturersFile>
  constructor(queue: FileQueue, file: string, initial: readonly LecturerRecord[]) {
    super(initial)
    this.#file = new SnapshotFile(queue, file, () => ({ lecturers: [...this.byId.values()] }))
  }
  override async put(record: LecturerRecord) {
    const before = this.byId.get(record.id)
    await super.put(record)
    // Otherwise an e-mail address the disk refused would read as taken until the next restart.
    await this.#file.saveOrUndo(this.byId, record.id, before)
  }
}

/** The shape of sessions.json. */
export interface SessionsFile {
  sessions: SessionRecord[]
}

/** Sessions kept in memory and written to sessions.json on every change. */
export class LowdbSessionStore extends MemorySessionStore {
  readonly #file: SnapshotFile<SessionsFile>
  constructor(queue: FileQueue, file: string, initial: readonly SessionRecord[]) {
    super(initial)
    this.#file = new SnapshotFile(queue, file, () => ({ sessions: [...this.byHash.values()] }))
  }
  override async put(record: SessionRecord) {
    await super.put(record)
    // Not stored, not given out: forget it.
    await this.#file.save().catch((error: unknown) => {
      this.byHash.delete(record.tokenHash)
      throw error
    })
  }
  override async delete(tokenHash: string) {
    const had = this.byHash.has(tokenHash)
    await super.delete(tokenHash)
    if (had) await this.#file.save()
  }
  override async deleteForUser(userId: string) {
    const before = this.byHash.size
    await super.deleteForUser(userId)
    if (this.byHash.size !== before) await this.#file.save()
  }
}

/** Write one record to its own file, or remove that file, durably and in order with other operations on it. */
function recordFiles<T extends { id: string }>(queue: FileQueue, dir: string) {
  return {
    write: (record: T) => {
      const file = recordPath(dir, record.id)
      const snapshot = structuredClone(record)
      return queue.run(file, () => writeJson(file, snapshot))
    },
    remove: (id: string) => {
      const file = recordPath(dir, id)
      return queue.run(file, () => removeDurably(file))
    },
  }
}

/** Classes kept in memory, each written to classes/<id>.json (one small file per class aggregate). */
export class LowdbClassStore extends MemoryClassStore {
  readonly #files: ReturnType<typeof recordFiles<ClassRecord>>
  constructor(queue: FileQueue, dir: string, initial: readonly ClassRecord[]) {
    super(initial)
    this.#files = recordFiles<ClassRecord>(queue, dir)
  }
  // The file first: a change that cannot be stored (a full disk answers 503) never shows in memory.
  override async put(record: ClassRecord) {
    await this.#files.write(record)
    await super.put(record)
  }
  override async delete(id: string) {
    await this.#files.remove(id)
    await super.delete(id)
  }
}

type CaseRecord = Parameters<CaseStore['put']>[0]

/** Lecturer cases kept in memory, each written to cases/<id>.json. */
export class LowdbCaseStore extends MemoryCaseStore {
  readonly #files: ReturnType<typeof recordFiles<CaseRecord>>
  constructor(queue: FileQueue, dir: string, initial: readonly CaseRecord[]) {
    super(initial)
    this.#files = recordFiles<CaseRecord>(queue, dir)
  }
  // The file first: a change that cannot be stored (a full disk answers 503) never shows in memory.
  override async put(record: CaseRecord) {
    await this.#files.write(record)
    await super.put(record)
  }
  override async delete(id: string) {
    await this.#files.remove(id)
    await super.delete(id)
  }
}
