import type {
  CommentStore,
  CommentThreadRecord,
  GradeRecord,
  GradeStore,
  RubricRecord,
  RubricStore,
} from '../reviewTypes'
import path from 'node:path'
import type { FileQueue } from './fileQueue'
import { prepareDir, readRecords } from './files'
import { JsonFiles } from './jsonFiles'
import type { Quarantine } from './quarantine'
import { commentsSchema, gradeSchema, rubricSchema } from './schemas'

/** comments/<workspaceId>.json: `{ workspaceId, threads }`. */
export interface CommentsFile {
  workspaceId: string
  threads: CommentThreadRecord[]
}

/**
 * Comment threads: one file per workspace, read when asked for. Only the thread ids are kept in memory (read once at
 * start), so a thread is found by id without knowing its workspace.
 */
export class LowdbCommentStore implements CommentStore {
  readonly #ids = new Map<string, Set<string>>()
  readonly #workspaceOf = new Map<string, string>()
  readonly #files: JsonFiles<CommentsFile>

  constructor(queue: FileQueue, dir: string, loaded: readonly CommentsFile[], quarantine: Quarantine) {
    this.#files = new JsonFiles(queue, dir, {
      quarantine,
      schema: commentsSchema,
      what: (id) => `the comments on workspace ${id}`,
    })
    for (const file of loaded) this.#index(file.workspaceId, file.threads)
  }

  #index(workspaceId: string, threads: readonly CommentThreadRecord[]): void {
    for (const old of this.#ids.get(workspaceId) ?? []) this.#workspaceOf.delete(old)
    if (threads.length === 0) this.#ids.delete(workspaceId)
    else this.#ids.set(workspaceId, new Set(threads.map((t) => t.id)))
    for (const thread of threads) this.#workspaceOf.set(thread.id, workspaceId)
  }

  async list(workspaceId: string): Promise<CommentThreadRecord[]> {
    if (!this.#ids.has(workspaceId)) return []
    return (await this.#files.get(workspaceId))?.threads ?? []
  }

  async workspaceOf(threadId: string): Promise<string | undefined> {
    return this.#workspaceOf.get(threadId)
  }

  async put(workspaceId: string, threads: CommentThreadRecord[]): Promise<void> {
    await this.#files.put(workspaceId, { workspaceId, threads: structuredClone(threads) })
    this.#index(workspaceId, threads)
  }

  async deleteAll(workspaceId: string): Promise<void> {
    await this.#files.delete(workspaceId)
    this.#index(workspaceId, [])
  }
}

/** rubrics/<assignmentId>.json */
export class LowdbRubricStore implements RubricStore {
  readonly #files: JsonFiles<RubricRecord>
  constructor(queue: FileQueue, dir: string, quarantine: Quarantine) {
    this.#files = new JsonFiles(queue, dir, {
      quarantine,
      schema: rubricSchema,
      what: (id) => `the rubric of assignment ${id}`,
    })
  }
  get(assignmentId: string) {
    return this.#files.get(assignmentId)
  }
  put(record: RubricRecord) {
    return this.#files.put(record.assignmentId, record)
  }
  delete(assignmentId: string) {
    return this.#files.delete(assignmentId)
  }
}

/** grades/<workspaceId>.json */
export class LowdbGradeStore implements GradeStore {
  readonly #files: JsonFiles<GradeRecord>
  constructor(queue: FileQueue, dir: string, quarantine: Quarantine) {
    this.#files = new JsonFiles(queue, dir, {
      quarantine,
      schema: gradeSchema,
      what: (id) => `the grade of workspace ${id}`,
    })
  }
  get(workspaceId: string) {
    return this.#files.get(workspaceId)
  }
  put(record: GradeRecord) {
    return this.#files.put(record.workspaceId, record)
  }
  delete(workspaceId: string) {
    return this.#files.delete(workspaceId)
  }
}

/** Open comments/, rubrics/ and grades/ under `dataDir` (comment files are read once now to index thread ids). */
export async function openReviewStores(queue: FileQueue, dataDir: string, quarantine: Quarantine) {
  const dirs = {
    comments: path.join(dataDir, 'comments'),
    rubrics: path.join(dataDir, 'rubrics'),
    grades: path.join(dataDir, 'grades'),
  }
  const [commentNames] = await Promise.all([
    prepareDir(dirs.comments),
    prepareDir(dirs.rubrics),
    prepareDir(dirs.grades),
  ])
  const loaded = await readRecords<CommentsFile>(
    quarantine,
    dirs.comments,
    commentNames,
    commentsSchema,
    (id) => `the comments on workspace ${id}`,
  )
  return {
    comments: new LowdbCommentStore(queue, dirs.comments, loaded, quarantine),
    rubrics: new LowdbRubricStore(queue, dirs.rubrics, quarantine),
    grades: new LowdbGradeStore(queue, dirs.grades, quarantine),
  }
}
