import { z } from 'zod'
import type { InvitationRecord } from '../invitationTypes'
import { MemoryInvitationStore } from '../memory/invitations'
import { SnapshotFile } from './collections'
import type { FileQueue } from './fileQueue'
import type { Quarantine } from './quarantine'
import { readRecord } from './recordFile'

/** The shape of invitations.json. */
export interface InvitationsFile {
  invitations: InvitationRecord[]
}

const invitationsSchema = z.object({
  invitations: z.array(
    z.looseObject({
      id: z.string(),
      tokenHash: z.string(),
      expiresAt: z.string(),
      usedAt: z.string().nullable(),
    }),
  ),
})

/** Invitations kept in memory and written to invitations.json (whole, durably) on every change. */
export class LowdbInvitationStore extends MemoryInvitationStore {
  readonly #file: SnapshotFile<InvitationsFile>
  private constructor(queue: FileQueue, file: string, initial: readonly InvitationRecord[]) {
    super(initial)
    this.#file = new SnapshotFile(queue, file, () => ({ invitations: [...this.byId.values()] }))
  }

  /** Read invitations.json (a damaged file is handled like the other collections: see readRecord). */
  static async open(queue: FileQueue, file: string, quarantine: Quarantine): Promise<LowdbInvitationStore> {
    const read = await readRecord<InvitationsFile>(quarantine, file, invitationsSchema, {
      what: 'the lecturer invitations',
      recovered: 'invitations made since may need to be made again',
    })
    return new LowdbInvitationStore(queue, file, read.kind === 'ok' ? read.value.invitations : [])
  }

  override async put(record: InvitationRecord) {
    const before = this.byId.get(record.id)
    await super.put(record)
    // Otherwise an invitation the disk refused could be used twice, or one that never worked would count.
    await this.#file.saveOrUndo(this.byId, record.id, before)
  }

  override async delete(id: string) {
    if (!this.byId.has(id)) return
    await super.delete(id)
    await this.#file.save()
  }
}
