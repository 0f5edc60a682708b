import type {
  CaseStore,
  ClassRecord,
  ClassStore,
  DocumentStore,
  LogBatch,
  LoggedUpdate,
  LecturerRecord,
  LecturerStore,
  SessionRecord,
  SessionStore,
  StoredDocument,
} from '../types'

/** Records are copied in and out so no caller can change stored data without a put. */
const copy = <T>(value: T): T => structuredClone(value)

/** Lecturer accounts held in a Map; the lowdb store persists the same Map. */
export class MemoryLecturerStore implements LecturerStore {
  readonly byId = new Map<string, LecturerRecord>()
  constructor(initial: readonly LecturerRecord[] = []) {
    for (const record of initial) this.byId.set(record.id, copy(record))
  }
  async get(id: string) {
    const record = this.byId.get(id)
    return record && copy(record)
  }
  async findByEmail(email: string) {
    const wanted = email.trim().toLowerCase()
    const record = [...this.byId.values()].find((r) => r.email === wanted)
    return record && copy(record)
  }
  async list() {
    return [...this.byId.values()].map(copy)
  }
  async put(record: LecturerRecord) {
    this.byId.set(record.id, copy(record))
  }
}

/** Sessions by token hash, held in a Map. */
export class MemorySessionStore implements SessionStore {
  readonly byHash = new Map<string, SessionRecord>()
  constructor(initial: readonly SessionRecord[] = []) {
    for (const record of initial) this.byHash.set(record.tokenHash, copy(record))
  }
  async get(tokenHash: string) {
    const record = this.byHash.get(tokenHash)
    return record && copy(record)
  }
  async put(record: SessionRecord) {
    this.byHash.set(record.tokenHash, copy(record))
  }
  async delete(tokenHash: string) {
    this.byHash.delete(tokenHash)
  }
  async deleteForUser(userId: string) {
    for (const [hash, record] of this.byHash) if (record.userId === userId) this.byHash.delete(hash)
  }
}

/** Records with an id, held in a Map (classes and lecturer cases). */
class MemoryRecords<T extends { id: string }> {
  readonly byId = new Map<string, T>()
  constructor(initial: readonly T[] = []) {
    for (const record of initial) this.byId.set(record.id, copy(record))
  }
  async get(id: string) {
    const record = this.byId.get(id)
    return record && copy(record)
  }
  async list() {
    return [...this.byId.values()].map(copy)
  }
  async put(record: T) {
    this.byId.set(record.id, copy(record))
  }
  async delete(id: string) {
    this.byId.delete(id)
  }
  protected find(test: (record: T) => boolean): T | undefined {
    for (const record of this.byId.values()) if (test(record)) return copy(record)
    return undefined
  }
}

/** Classes held in memory; lookups scan them (a server holds tens of classes, not millions). */
export class MemoryClassStore extends MemoryRecords<ClassRecord> implements ClassStore {
  async findByJoinCode(joinCode: string) {
    return this.find((c) => c.joinCode !== null && c.joinCode === joinCode)
  }
  async findByStudent(studentId: string) {
    return this.find((c) => c.students.some((s) => s.id === studentId))
  }
  async findByWorkspace(workspaceId: string) {
    return this.find((c) => c.workspaces.some((w) => w.id === workspaceId))
  }
  async listForLecturer(lecturerId: string) {
    return [...this.byId.values()].filter((c) => c.lecturerIds.includes(lecturerId)).map(copy)
  }
}

/** Lecturer-authored cases held in memory. */
export class MemoryCaseStore extends MemoryRecords<Parameters<CaseStore['put']>[0]> implements CaseStore {}

/** Workspace documents held in memory: a snapshot and the log records appended after it. */
export class MemoryDocumentStore implements DocumentStore {
  readonly byId = new Map<string, StoredDocument>()
  readonly logs = new Map<string, LoggedUpdate[]>()
  async load(workspaceId: string) {
    const doc = this.byId.get(workspaceId)
    return doc && { ...copy(doc), log: copy(this.logs.get(workspaceId) ?? []) }
  }
  async store(workspaceId: string, doc: StoredDocument) {
    // Cut at the call, like a durable store: records appended after it are not covered by this snapshot.
    const covered = this.logs.get(workspaceId)?.length ?? 0
    this.byId.set(workspaceId, copy(doc))
    this.logs.get(workspaceId)?.splice(0, covered)
    if (this.logs.get(workspaceId)?.length === 0) this.logs.delete(workspaceId)
  }
  async append(batch: LogBatch) {
    for (const [workspaceId, records] of batch) {
      const log = this.logs.get(workspaceId) ?? []
      log.push(...copy(records))
      this.logs.set(workspaceId, log)
    }
  }
  async replayable() {
    return { workspaceIds: [...this.logs.keys()], tornBytes: 0 }
  }
  async delete(workspaceId: string) {
    this.byId.delete(workspaceId)
    this.logs.delete(workspaceId)
  }
}
