import type { InvitationRecord, InvitationStore } from '../invitationTypes'

const copy = (record: InvitationRecord): InvitationRecord => ({ ...record })

/** Invitations held in a Map (the lowdb store keeps this and writes invitations.json on every change). */
export class MemoryInvitationStore implements InvitationStore {
  readonly byId = new Map<string, InvitationRecord>()
  constructor(initial: readonly InvitationRecord[] = []) {
    for (const record of initial) this.byId.set(record.id, copy(record))
  }
  async get(id: string) {
    const record = this.byId.get(id)
    return record && copy(record)
  }
  async findByTokenHash(tokenHash: string) {
    for (const record of this.byId.values()) if (record.tokenHash === tokenHash) return copy(record)
    return undefined
  }
  async listByCreator(lecturerId: string) {
    return [...this.byId.values()].filter((r) => r.createdBy === lecturerId).map(copy)
  }
  async put(record: InvitationRecord) {
    this.byId.set(record.id, copy(record))
  }
  async delete(id: string) {
    this.byId.delete(id)
  }
}
