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

/** comments/<workspaceId>.json: `{ workspaceId, threads }`. */
export interface CommentsFile {
  workspaceId: string
  threads: CommentThreadRecord[]
}

/**
 * Comment threads: one file per workspace, all loaded once at start (they are small) so a thread is found by id
 * without a workspace; every change is written through to its workspace's file.
 */
export class LowdbCommentStore implements CommentStore {
  readonly #threads = new Map<string, CommentThreadRecord[]>()
  readonly #workspaceOf = new Map<string, string>()
  readonly #files: JsonFiles<CommentsFile>

  constructor(queue: FileQueue, dir: string, loaded: readonly CommentsFile[]) {
    this.#files = new JsonFiles(queue, dir)
    for (const file of loaded) this.#remember(file.workspaceId, file.threads)
  }

  #remember(workspaceId: string, threads: CommentThreadRecord[]): void {
    for (const old of this.#threads.get(workspaceId) ?? []) this.#workspaceOf.delete(old.id)
    if (threads.length === 0) this.#threads.delete(workspaceId)
    else this.#threads.set(workspaceId, threads)
    for (const thread of threads) this.#workspaceOf.set(thread.id, workspaceId)
  }

  async list(workspaceId: string): Promise<CommentThreadRecord[]> {
    return structuredClone(this.#threads.get(workspaceId) ?? [])
  }

  async workspaceOf(threadId: string): Promise<string | undefined> {
    return this.#workspaceOf.get(threadId)
  }

  async put(workspaceId: string, threads: CommentThreadRecord[]): Promise<void> {
    const copy = structuredClone(threads)
    await this.#files.put(workspaceId, { workspaceId, threads: copy })
    this.#remember(workspaceId, structuredClone(copy))
  }

  async deleteAll(workspaceId: string): Promise<void> {
    await this.#files.delete(workspaceId)
    this.#remember(workspaceId, [])
  }
}

/** rubrics/<assignmentId>.json */
export class LowdbRubricStore implements RubricStore {
  readonly #files: JsonFiles<RubricRecord>
  constructor(queue: FileQueue, dir: string) {
    this.#files = new JsonFiles(queue, dir)
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
  constructor(queue: FileQueue, dir: string) {
    this.#files = new JsonFiles(queue, dir)
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

/** Open comments/, rubrics/ and grades/ under `dataDir` (comment files are read now, the others on demand). */
export async function openReviewStores(queue: FileQueue, dataDir: string) {
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
  const loaded = await readRecords<CommentsFile>(dirs.comments, commentNames)
  return {
    comments: new LowdbCommentStore(queue, dirs.comments, loaded),
    rubrics: new LowdbRubricStore(queue, dirs.rubrics),
    grades: new LowdbGradeStore(queue, dirs.grades),
  }
}
