import * as Y from 'yjs'
import { senderOf } from '../documents/origin'
import type { Logger } from '../logger'
import type { ContributionRecord, Storage } from '../storage/types'
import { addTally, emptyRecord } from './counters'
import { tallyTransaction } from './tally'
import { textPresence, type TextPresence } from './textShare'

/** What attribution needs of a loaded workspace room (server/documents' DocumentRoom has all of it). */
export interface AttributedRoom {
  readonly workspaceId: string
  readonly doc: Y.Doc
  ownerOf(clientId: number): string | undefined
  /** Listen to completed document saves; the counters are saved right after each. */
  onSaved(listener: (stateVector: Uint8Array) => void): () => void
}

/** Attribution of every applied update to the member who sent it, and the figures read back. */
export interface ContributionLedger {
  /**
   * Start attributing a room's updates; resolves once its stored counters are loaded (the manager awaits it
   * before anyone can send an update). Called once per room, where rooms are created.
   */
  attach(room: AttributedRoom): Promise<void>
  /** The counters of a workspace: the live ones when its room is loaded, else the stored ones (or empty). */
  counters(workspaceId: string): Promise<ContributionRecord>
  /** Characters of text still present per template and member (walks the live or the stored document). */
  presence(workspaceId: string, templateIds: readonly string[]): Promise<TextPresence>
}

/** Whether an origin is a history restore rather than a member's own editing. */
function isRestore(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && 'restoredFrom' in origin
}

/** Create the ledger over the storage (one per server instance). */
export function createContributionLedger(deps: { storage: Storage; logger: Logger }): ContributionLedger {
  const { storage, logger } = deps
  const live = new Map<string, { room: AttributedRoom; record: ContributionRecord }>()

  return {
    async attach(room) {
      let record: ContributionRecord
      try {
        record = (await storage.contributions.get(room.workspaceId)) ?? emptyRecord(room.workspaceId)
      } catch (error) {
        // The document must stay usable; the stored counters are left as they are rather than overwritten.
        logger.error(
          `reading the contributions of ${room.workspaceId} failed; not attributing this time`,
          error,
        )
        return
      }
      let dirty = false
      const entry = { room, record }
      live.set(room.workspaceId, entry)
      // Only transactions the server applied for an authenticated member: the structure origin, loading and
      // anything without a user (and lecturers, whose updates are never applied) are not attributed.
      const onTransaction = (tr: Y.Transaction) => {
        const userId = senderOf(tr.origin)
        // A client's sync reply that brings nothing new is still applied in a transaction: no activity.
        if (!userId || (tr.changed.size === 0 && tr.deleteSet.clients.size === 0)) return
        try {
          // A history restore (origin `{userId, restoredFrom}`, server/services/history.ts) brings back what the
          // team wrote before: an active minute for whoever restored, not characters they typed.
          const tally = isRestore(tr.origin)
            ? new Map()
            : tallyTransaction(tr, (clientId) => room.ownerOf(clientId) === userId)
          addTally(record, userId, tally, Math.floor(Date.now() / 60_000))
          record.updatedAt = new Date().toISOString()
          dirty = true
        } catch (error) {
          logger.error(`attributing an update on ${room.workspaceId} failed`, error)
        }
      }
      room.doc.on('afterTransaction', onTransaction)
      // Saved with the document (debounced there), never per message; put() queues its write synchronously,
      // so closing the storage after the rooms' last flush waits for it.
      room.onSaved(() => {
        if (!dirty) return
        dirty = false
        storage.contributions.put(record).catch((error: unknown) => {
          dirty = true
          logger.error(
            `saving the contributions of ${room.workspaceId} failed; retrying with the next save`,
            error,
          )
        })
      })
      room.doc.on('destroy', () => {
        room.doc.off('afterTransaction', onTransaction)
        if (live.get(room.workspaceId) === entry) live.delete(room.workspaceId)
      })
    },

    async counters(workspaceId) {
      const entry = live.get(workspaceId)
      if (entry) return structuredClone(entry.record)
      return (await storage.contributions.get(workspaceId)) ?? emptyRecord(workspaceId)
    },

    async presence(workspaceId, templateIds) {
      const entry = live.get(workspaceId)
      if (entry) return textPresence(entry.room.doc, templateIds, (id) => entry.room.ownerOf(id))
      const stored = await storage.documents.load(workspaceId)
      if (!stored) return new Map()
      const doc = new Y.Doc()
      try {
        Y.applyUpdate(doc, stored.state)
        for (const { update } of stored.log) Y.applyUpdate(doc, update)
        for (const id of templateIds) doc.getMap(id)
        return textPresence(doc, templateIds, (id) => stored.clientOwners[String(id)])
      } finally {
        doc.destroy()
      }
    },
  }
}
