import * as Y from 'yjs'
import { SUBMISSION_SNAPSHOT_ID, type SnapshotSummary } from '../../cases/contracts/history'
import type { TemplateDef } from '../../cases/templates/types'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import type { Storage } from '../storage/types'
import { refused } from './errors'

/** A snapshot's summary and Yjs state. */
export interface LoadedSnapshot {
  summary: SnapshotSummary
  state: Uint8Array
}

/** Every snapshot of a workspace, newest first: the stored ones and the submitted versions (`v<n>`). */
export async function listSnapshots(storage: Storage, workspaceId: string): Promise<SnapshotSummary[]> {
  const [snapshots, versions] = await Promise.all([
    storage.history.list(workspaceId),
    storage.versions.list(workspaceId),
  ])
  const all: SnapshotSummary[] = [
    ...snapshots.map(({ id, takenAt, reason }) => ({ id, takenAt, reason })),
    ...versions.map((v) => ({
      id: `v${v.version}`,
      takenAt: v.submittedAt,
      reason: 'submission' as const,
      version: v.version,
    })),
  ]
  return all.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0))
}

/** One snapshot with its state; 404 when the workspace has no such snapshot. */
export async function loadSnapshot(
  storage: Storage,
  workspaceId: string,
  snapshotId: string,
): Promise<LoadedSnapshot> {
  const version = SUBMISSION_SNAPSHOT_ID.exec(snapshotId)?.[1]
  if (version !== undefined) {
    const stored = await storage.versions.get(workspaceId, Number(version))
    if (stored) {
      return {
        summary: {
          id: snapshotId,
          takenAt: stored.submittedAt,
          reason: 'submission',
          version: stored.version,
        },
        state: stored.state,
      }
    }
  } else {
    const stored = await storage.history.get(workspaceId, snapshotId)
    if (stored)
      return {
        summary: { id: stored.id, takenAt: stored.takenAt, reason: stored.reason },
        state: stored.state,
      }
  }
  throw refused('snapshot_not_found', `No snapshot ${snapshotId} of this workspace.`)
}

/**
 * Run `fn` over a document loaded from a state (read only), then release it. Given `templates`, the copy is first
 * brought to today's template structure, as the live document is on load: a snapshot taken before a template retired
 * a field shows (and restores) what the field held as the same note the live document carries.
 */
export function withSnapshotDoc<T>(
  state: Uint8Array,
  fn: (doc: Y.Doc) => T,
  templates: readonly TemplateDef[] = [],
): T {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    if (templates.length > 0) ensureWorkspaceStructure(doc, templates)
    return fn(doc)
  } finally {
    doc.destroy()
  }
}
