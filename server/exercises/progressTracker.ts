import type * as Y from 'yjs'
import { findTemplate } from '../../cases/templates'
import { templateCompletion } from '../../cases/ydoc/read'
import type { LiveDocuments } from '../services/ports'

/** Per template id: fields filled out of the total. */
export type TemplateProgress = Record<string, { filled: number; total: number }>

/** What the tracker needs of a loaded document room. */
export interface ProgressRoom {
  readonly workspaceId: string
  readonly doc: Y.Doc
}

/** How many of the latest minutes with an edit a workspace keeps for the control room's timeline. */
export const RECENT_ACTIVE_MINUTES = 30

interface Entry {
  progress: TemplateProgress | null
  lastActivity: string | null
  /** Minutes (since the epoch) in which the document changed, oldest first, at most RECENT_ACTIVE_MINUTES. */
  minutes: number[]
  dirty: Set<string>
  timer: NodeJS.Timeout | null
}

/** Note the current minute as active (once per minute; the oldest falls out past the bound). */
function markMinute(entry: Entry, now: number): void {
  const minute = Math.floor(now / 60_000)
  if (entry.minutes.at(-1) === minute) return
  entry.minutes.push(minute)
  if (entry.minutes.length > RECENT_ACTIVE_MINUTES) entry.minutes.shift()
}

/** Completion of one template of a document (only that template's fields are read). */
function completionOf(doc: Y.Doc, templateId: string) {
  const template = findTemplate(templateId)
  return template ? templateCompletion(doc, template) : null
}

/**
 * Incremental progress of watched workspaces (those of live exercises). Attached to every room the document
 * manager loads, like the contribution ledger and the history recorder: a transaction only marks the
 * templates it touched (the root types in `changedParentTypes`), and at most once per `throttleMs` per
 * workspace those templates alone are re-read — never the whole document, never an encoding.
 */
export function createProgressTracker(opts: { throttleMs: number }) {
  const entries = new Map<string, Entry>()
  const listeners = new Set<(workspaceId: string) => void>()
  const tell = (workspaceId: string) => {
    for (const listener of listeners) listener(workspaceId)
  }

  function recompute(workspaceId: string, doc: Y.Doc, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer)
    entry.timer = null
    if (entry.dirty.size === 0) return
    const progress = { ...(entry.progress ?? {}) }
    for (const templateId of entry.dirty) {
      const completion = completionOf(doc, templateId)
      if (completion) progress[templateId] = completion
    }
    entry.dirty.clear()
    entry.progress = progress
    tell(workspaceId)
  }

  return {
    /** Follow a room's transactions (called by the document manager when it loads a room). */
    attach(room: ProgressRoom): void {
      const { workspaceId, doc } = room
      const onTransaction = (tr: Y.Transaction) => {
        const entry = entries.get(workspaceId)
        if (!entry || tr.changedParentTypes.size === 0) return
        for (const [name, type] of doc.share) if (tr.changedParentTypes.has(type)) entry.dirty.add(name)
        if (entry.dirty.size === 0) return
        const now = Date.now()
        entry.lastActivity = new Date(now).toISOString()
        markMinute(entry, now)
        entry.timer ??= setTimeout(() => recompute(workspaceId, doc, entry), opts.throttleMs)
      }
      doc.on('afterTransaction', onTransaction)
      doc.on('destroy', () => {
        doc.off('afterTransaction', onTransaction)
        const entry = entries.get(workspaceId)
        if (entry) recompute(workspaceId, doc, entry)
      })
    },

    /** Start tracking a workspace. */
    watch(workspaceId: string): void {
      if (!entries.has(workspaceId)) {
        entries.set(workspaceId, {
          progress: null,
          lastActivity: null,
          minutes: [],
          dirty: new Set(),
          timer: null,
        })
      }
    },

    /** Stop tracking a workspace. */
    unwatch(workspaceId: string): void {
      const entry = entries.get(workspaceId)
      if (entry?.timer) clearTimeout(entry.timer)
      entries.delete(workspaceId)
    },

    /** Progress, last activity and the recent active minutes; the first call for a workspace reads its templates once. */
    async read(
      workspaceId: string,
      documents: LiveDocuments,
    ): Promise<{ progress: TemplateProgress; lastActivity: string | null; activeMinutes: number[] }> {
      const entry = entries.get(workspaceId)
      const activeMinutes = entry ? [...entry.minutes] : []
      if (entry?.progress)
        return { progress: entry.progress, lastActivity: entry.lastActivity, activeMinutes }
      const progress = await documents.read(workspaceId, (doc) => {
        const out: TemplateProgress = {}
        for (const name of doc.share.keys()) {
          const completion = completionOf(doc, name)
          if (completion) out[name] = completion
        }
        return out
      })
      if (entry && !entry.progress) entry.progress = progress
      return {
        progress: entry?.progress ?? progress,
        lastActivity: entry?.lastActivity ?? null,
        activeMinutes,
      }
    },

    /** Hear which workspace's progress changed. Returns the function that stops listening. */
    onChange(listener: (workspaceId: string) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    /** Clear every timer. */
    stop(): void {
      for (const entry of entries.values()) if (entry.timer) clearTimeout(entry.timer)
    },
  }
}

/** The progress tracker. */
export type ProgressTracker = ReturnType<typeof createProgressTracker>
