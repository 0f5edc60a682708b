import * as Y from 'yjs'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { getTemplate } from '../../cases/templates'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import type { Config } from '../config'
import type { ContributionLedger } from '../contributions/ledger'
import type { HistoryRecorder } from '../history/recorder'
import type { Logger } from '../logger'
import { DocumentLockedError, DocumentTooLargeError, type LiveDocuments } from '../services/ports'
import type { Storage } from '../storage/types'
import type { StorageFaults } from '../storageFaults'
import { GroupCommit, type CommitStats } from './groupCommit'
import { projectDocument } from './projection'
import { DocumentRoom, type RoomConnection } from './room'
import { documentHardLimit } from './sizeLimit'

/** The live documents of all workspaces: loading, structure upgrades, persistence, unloading. */
export interface DocumentManager extends LiveDocuments {
  /** Open a workspace's room (loading it once, however many ask at the same time) and attach a connection. */
  connect(workspaceId: string, connection: RoomConnection): Promise<DocumentRoom>
  /** Detach a connection; a room without connections is unloaded after IDLE_UNLOAD_MS. */
  disconnect(room: DocumentRoom, connection: RoomConnection): void
  /** Save every loaded room now. */
  flushAll(): Promise<void>
  /**
   * Replay the update log of every workspace that has one onto its snapshot, and compact it (at start, before
   * anyone connects); resolves with how many workspaces were replayed.
   */
  recover(): Promise<number>
  /**
   * Whether content under another member's client id is merged rather than refused: only for
   * RESTORE_GRACE_DAYS after the data was restored from a backup (known from `recover`).
   */
  mergesRestoredWork(): boolean
  /** Counters of the group commit since start. */
  durability(): CommitStats
  /** Store everything received and release memory. */
  close(): Promise<void>
}

/** Workspaces replayed at once at start: enough to overlap reading and syncing files, few enough for memory. */
const RECOVERY_CONCURRENCY = 4

/** Thrown when a workspace has no stored document. */
export class DocumentNotFoundError extends Error {}

/** Create the document manager over the storage. */
export function createDocumentManager(deps: {
  storage: Storage
  config: Config
  logger: Logger
  /** Attributes every applied update to the member who sent it (absent: nothing is attributed). */
  attribution?: ContributionLedger
  /** Takes periodic history snapshots of loaded rooms (absent: none). */
  history?: HistoryRecorder
  /** Follows the progress of live exercises' workspaces (absent: none). */
  progress?: { attach(room: DocumentRoom): void }
  /** Hears of failed and working writes (absent: failures are only logged). */
  faults?: StorageFaults
}): DocumentManager {
  const { storage, config, logger } = deps
  const rooms = new Map<string, Promise<DocumentRoom>>()
  const idleTimers = new Map<string, NodeJS.Timeout>()
  /** Workspaces whose document takes no updates (submitted); the services mark them at start and on submit. */
  const locked = new Set<string>()
  /** Until when work under other members' client ids is merged (ms since epoch; 0: never restored). */
  let restoredUntil = 0
  const { faults } = deps
  const commit = new GroupCommit(
    async (batch) => {
      try {
        await storage.documents.append(batch)
      } catch (error) {
        faults?.failed('log', error)
        throw error
      }
      faults?.succeeded('log')
    },
    config.LOG_FLUSH_TICK_MS,
    (error) => {
      if (!faults) logger.error('appending to the update log failed; keeping the updates and retrying', error)
    },
  )

  async function load(workspaceId: string): Promise<DocumentRoom> {
    const stored = await storage.documents.load(workspaceId)
    if (!stored) throw new DocumentNotFoundError(`No document for workspace ${workspaceId}`)
    const room = new DocumentRoom(workspaceId, stored, {
      store: (snapshot) => storage.documents.store(workspaceId, snapshot),
      commit,
      timing: { debounceMs: config.SAVE_DEBOUNCE_MS, maxWaitMs: config.SAVE_MAX_WAIT_MS },
      onSaveError: (error) => {
        if (faults) faults.failed('snapshot', error)
        else logger.error(`saving workspace ${workspaceId} failed; retrying`, error)
      },
    })
    if (faults) room.onSaved(() => faults.succeeded('snapshot'))
    // Attached before the replay, so replayed records are attributed to their members as they were at first.
    await deps.attribution?.attach(room)
    await deps.history?.attach(room)
    deps.progress?.attach(room)
    try {
      room.replay(stored.log)
      // Store added structure before any client sees it: after a crash, a second upgrade would create the same
      // fields again under another client id, and clients holding the first ones would fork them.
      const upgraded = room.upgrade()
      if (upgraded || stored.log.length > 0) await room.flush()
    } catch (error) {
      room.destroy()
      throw error
    }
    return room
  }

  /** The loaded room, waiting out an unload in progress; loads it when absent. */
  async function open(workspaceId: string): Promise<DocumentRoom> {
    for (;;) {
      let entry = rooms.get(workspaceId)
      if (!entry) {
        entry = load(workspaceId)
        rooms.set(workspaceId, entry)
        entry.catch(() => rooms.get(workspaceId) === entry && rooms.delete(workspaceId))
      }
      const room = await entry
      if (!room.closing) return room
      await room.closing.catch(() => undefined)
    }
  }

  /** Flush, then drop the room from memory (unless someone connected meanwhile). */
  function unload(room: DocumentRoom): void {
    room.closing = (async () => {
      await room.flush()
      rooms.delete(room.workspaceId)
      room.destroy()
    })()
    room.closing.catch((error: unknown) => {
      logger.error(`unloading workspace ${room.workspaceId} failed; keeping it loaded`, error)
      room.closing = null
    })
  }

  function clearIdle(workspaceId: string): void {
    const timer = idleTimers.get(workspaceId)
    if (timer) clearTimeout(timer)
    idleTimers.delete(workspaceId)
  }

  /** Unload a room IDLE_UNLOAD_MS from now unless someone connects meanwhile. */
  function armIdleUnload(room: DocumentRoom): void {
    clearIdle(room.workspaceId)
    idleTimers.set(
      room.workspaceId,
      setTimeout(() => {
        idleTimers.delete(room.workspaceId)
        if (room.connections.size === 0 && !room.closing) unload(room)
      }, config.IDLE_UNLOAD_MS),
    )
  }

  /** The live room when loaded and usable, else null. */
  async function loaded(workspaceId: string): Promise<DocumentRoom | null> {
    const entry = rooms.get(workspaceId)
    const room = entry ? await entry.catch(() => null) : null
    if (room?.closing) await room.closing.catch(() => undefined)
    return room && !room.closing ? room : null
  }

  return {
    async create(workspaceId, templateIds) {
      const doc = new Y.Doc()
      ensureWorkspaceStructure(doc, templateIds.map(getTemplate))
      await storage.documents.store(workspaceId, {
        state: Y.encodeStateAsUpdate(doc),
        templates: [...templateIds],
        clientOwners: {},
        projection: projectDocument(doc, templateIds),
        updatedAt: new Date().toISOString(),
      })
      doc.destroy()
    },

    async read(workspaceId, fn) {
      const room = await loaded(workspaceId)
      if (room) return fn(room.doc)
      const stored = await storage.documents.load(workspaceId)
      const doc = new Y.Doc()
      try {
        if (stored) {
          Y.applyUpdate(doc, stored.state)
          for (const { update } of stored.log) Y.applyUpdate(doc, update)
          ensureWorkspaceStructure(doc, stored.templates.map(getTemplate))
        }
        return fn(doc)
      } finally {
        doc.destroy()
      }
    },

    async change(workspaceId, fn, addsAtMost = 0) {
      const room = await open(workspaceId)
      if (locked.has(workspaceId)) throw new DocumentLockedError(`Workspace ${workspaceId} is locked`)
      if (room.sizeBound + addsAtMost > documentHardLimit(config))
        throw new DocumentTooLargeError(`Workspace ${workspaceId} would pass its size limit`)
      const result = fn(room.doc)
      // Loaded only for this change: unloaded like a room its last connection left.
      if (room.connections.size === 0 && !idleTimers.has(workspaceId)) armIdleUnload(room)
      // Durable before the caller answers (and before anyone else sees it: the room relays it only then).
      await room.whenDurable()
      return result
    },

    async delete(workspaceId) {
      clearIdle(workspaceId)
      locked.delete(workspaceId)
      const room = await loaded(workspaceId)
      if (room) {
        room.closing = room.stopSaving()
        room.closeConnections(CloseCode.NO_ACCESS, 'workspace deleted')
        await room.closing
        rooms.delete(workspaceId)
        room.destroy()
      }
      await storage.documents.delete(workspaceId)
    },

    async lock(workspaceId) {
      locked.add(workspaceId)
      const room = await loaded(workspaceId)
      if (room) await room.flush()
    },

    unlock(workspaceId) {
      locked.delete(workspaceId)
    },

    isLocked(workspaceId) {
      return locked.has(workspaceId)
    },

    async connect(workspaceId, connection) {
      const room = await open(workspaceId)
      clearIdle(workspaceId)
      room.connections.add(connection)
      return room
    },

    disconnect(room, connection) {
      room.connections.delete(connection)
      if (room.connections.size > 0 || room.closing) return
      armIdleUnload(room)
    },

    async flushAll() {
      const all = await Promise.all([...rooms.values()].map((entry) => entry.catch(() => null)))
      await Promise.all(all.map((room) => (room && !room.closing ? room.flush() : room?.closing)))
    },

    async recover() {
      const restoredAt = await storage.restore.get()
      if (restoredAt) {
        restoredUntil = Date.parse(restoredAt) + config.RESTORE_GRACE_DAYS * 86_400_000
        if (restoredUntil > Date.now())
          logger.info(
            `restored from a backup at ${restoredAt}: merging devices' work under other members' client ids until ${new Date(restoredUntil).toISOString()}`,
          )
      }
      const { workspaceIds: ids, tornBytes } = await storage.documents.replayable()
      if (tornBytes > 0)
        logger.warn(
          `the update log ended in a torn record (${tornBytes} bytes, never acknowledged); dropped it`,
        )
      let next = 0
      const worker = async () => {
        while (next < ids.length) {
          const workspaceId = ids[next++]!
          try {
            const room = await open(workspaceId)
            if (room.connections.size === 0 && !idleTimers.has(workspaceId)) unload(room)
            await room.closing?.catch(() => undefined)
          } catch (error) {
            logger.error(`replaying the update log of workspace ${workspaceId} failed`, error)
          }
        }
      }
      await Promise.all(Array.from({ length: RECOVERY_CONCURRENCY }, worker))
      return ids.length
    },

    mergesRestoredWork() {
      return restoredUntil > Date.now()
    },

    durability() {
      return { ...commit.stats }
    },

    async close() {
      for (const timer of idleTimers.values()) clearTimeout(timer)
      idleTimers.clear()
      const all = await Promise.all([...rooms.values()].map((entry) => entry.catch(() => null)))
      await Promise.all(
        all.map(async (room) => {
          if (!room) return
          if (room.closing) return room.closing.catch(() => undefined)
          await room
            .flush()
            .catch((error: unknown) => logger.error(`saving ${room.workspaceId} at close failed`, error))
          room.destroy()
        }),
      )
      rooms.clear()
      // Every room's last snapshot covers whatever the group commit still held.
      await commit.stop()
    },
  }
}
