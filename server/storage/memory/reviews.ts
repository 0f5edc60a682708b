import type {
  CommentStore,
  CommentThreadRecord,
  GradeRecord,
  GradeStore,
  RubricRecord,
  RubricStore,
} from '../reviewTypes'

/** Comment threads held in memory, copied in and out like every memory store. */
export class MemoryCommentStore implements CommentStore {
  readonly #threads = new Map<string, CommentThreadRecord[]>()

  async list(workspaceId: string) {
    return structuredClone(this.#threads.get(workspaceId) ?? [])
  }
  async workspaceOf(threadId: string) {
    for (const [workspaceId, threads] of this.#threads) {
      if (threads.some((t) => t.id === threadId)) return workspaceId
    }
    return undefined
  }
  async put(workspaceId: string, threads: CommentThreadRecord[]) {
    this.#threads.set(workspaceId, structuredClone(threads))
  }
  async deleteAll(workspaceId: string) {
    this.#threads.delete(workspaceId)
  }
}

/** Rubrics held in memory. */
export class MemoryRubricStore implements RubricStore {
  readonly #records = new Map<string, RubricRecord>()
  async get(assignmentId: string) {
    const record = this.#records.get(assignmentId)
    return record && structuredClone(record)
  }
  async put(record: RubricRecord) {
    this.#records.set(record.assignmentId, structuredClone(record))
  }
  async delete(assignmentId: string) {
    this.#records.delete(assignmentId)
  }
}

/** Grades held in memory. */
export class MemoryGradeStore implements GradeStore {
  readonly #records = new Map<string, GradeRecord>()
  async get(workspaceId: string) {
    const record = this.#records.get(workspaceId)
    return record && structuredClone(record)
  }
  async put(record: GradeRecord) {
    this.#records.set(record.workspaceId, structuredClone(record))
  }
  async delete(workspaceId: string) {
    this.#records.delete(workspaceId)
  }
}
