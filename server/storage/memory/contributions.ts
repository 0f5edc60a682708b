import type { ContributionRecord, ContributionStore } from '../contributionTypes'

/** Contribution counters held in memory, copied in and out like every memory store. */
export class MemoryContributionStore implements ContributionStore {
  readonly #records = new Map<string, ContributionRecord>()
  async get(workspaceId: string) {
    const record = this.#records.get(workspaceId)
    return record && structuredClone(record)
  }
  async put(record: ContributionRecord) {
    this.#records.set(record.workspaceId, structuredClone(record))
  }
  async delete(workspaceId: string) {
    this.#records.delete(workspaceId)
  }
}
