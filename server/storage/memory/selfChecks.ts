import type { SelfCheckRecord, SelfCheckStore } from '../selfCheckTypes'

/** Stage self-checks held in memory, copied in and out like every memory store. */
export class MemorySelfCheckStore implements SelfCheckStore {
  readonly #records = new Map<string, SelfCheckRecord>()
  async get(workspaceId: string) {
    const record = this.#records.get(workspaceId)
    return record && structuredClone(record)
  }
  async put(record: SelfCheckRecord) {
    this.#records.set(record.workspaceId, structuredClone(record))
  }
  async delete(workspaceId: string) {
    this.#records.delete(workspaceId)
  }
}
