import { z } from 'zod'
import type { AnalysisExport } from '../export/envelope'

/**
 * Why a snapshot exists: a submission (the stored version's state, id `v<n>`), a periodic one taken while the team
 * works, or the state just before a restore (so every restore can itself be undone).
 */
export type SnapshotReason = 'submission' | 'periodic' | 'restore'

/** One entry of GET /api/workspaces/:id/history (newest first). */
export interface SnapshotSummary {
  /** `v<n>` for a submission; an opaque id otherwise. */
  id: string
  takenAt: string
  reason: SnapshotReason
  /** The submitted version, for `reason: 'submission'` only. */
  version?: number
}

/** GET /api/workspaces/:id/history/:snapshotId: the export envelope of the document as it was then. */
export type SnapshotView = AnalysisExport & { snapshot: SnapshotSummary }

/** One run of a word-level diff: text both sides share, or text only the newer (insert) / older (delete) has. */
export interface DiffChange {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** GET /api/workspaces/:id/history/diff */
export interface FieldDiff {
  /** `<templateId>.<sectionKey>.<fieldKey>`, or `<templateId>.<sectionKey>.<itemId>.<fieldKey>` in a collection. */
  field: string
  /** Snapshot id or `current`. */
  from: string
  to: string
  /** Read in order, the `equal` and `delete` runs give the older text, the `equal` and `insert` runs the newer. */
  changes: DiffChange[]
}

/** socket.io `history:snapshot` (to the team and the class's lecturers): a snapshot was stored; refetch the list. */
export interface HistorySnapshotEvent {
  workspaceId: string
  snapshot: SnapshotSummary
  /** For `reason: 'restore'`: the member restoring an earlier snapshot into the live document right now. */
  restoredBy?: string
}

/** POST /api/workspaces/:id/history/:snapshotId/restore */
export interface RestoreResult {
  /** The snapshot whose content the live document now holds. */
  restored: SnapshotSummary
  /** The snapshot of the document just before the restore (restore it to undo). */
  before: SnapshotSummary
}

/** A submission snapshot's id: `v` and the version number. */
export const SUBMISSION_SNAPSHOT_ID = /^v([1-9][0-9]{0,8})$/

/** A snapshot id in a path or query: `v<n>` or an opaque id of safe characters. */
export const snapshotId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a snapshot id')

/** Either side of a diff: a snapshot id, or `current` for the live document. */
export const diffSide = z.union([z.literal('current'), snapshotId])

/** The query of GET /api/workspaces/:id/history/diff. */
export const historyDiffQuery = z.object({
  from: diffSide,
  to: diffSide,
  field: z.string().min(5).max(200),
})
