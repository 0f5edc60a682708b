import * as Y from 'yjs'
import { readTemplate } from '../../cases/ydoc/read'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { getTemplate } from '../../cases/templates'
import type { Config } from '../config'
import type { Logger } from '../logger'
import type { LiveDocuments } from '../services/ports'
import type { Storage } from '../storage/types'

/** The live documents of all workspaces: loading, structure upgrades, persistence, unloading. */
export interface DocumentManager extends LiveDocuments {
  /** Store everything received and release memory. */
  close(): Promise<void>
}

/** The readable JSON projection stored beside a document's state. */
export function projectDocument(doc: Y.Doc, templateIds: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(templateIds.map((id) => [id, readTemplate(doc, getTemplate(id))]))
}

/**
 * Minimal first version (no live rooms yet): documents are read from and written to storage directly.
 * The real-time layer replaces this with in-memory rooms, debounced saves and idle unloading.
 */
export function createDocumentManager(deps: { storage: Storage; config: Config; logger: Logger }): DocumentManager {
  const { storage } = deps
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
      const stored = await storage.documents.load(workspaceId)
      const doc = new Y.Doc()
      try {
        if (stored) {
          Y.applyUpdate(doc, stored.state)
          ensureWorkspaceStructure(doc, stored.templates.map(getTemplate))
        }
        return fn(doc)
      } finally {
        doc.destroy()
      }
    },
    async delete(workspaceId) {
      await storage.documents.delete(workspaceId)
    },
    async close() {},
  }
}
