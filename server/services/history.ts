import type { FieldDiff, RestoreResult, SnapshotSummary, SnapshotView } from '../../cases/contracts/history'
import { wordDiff } from '../../cases/history/wordDiff'
import { findTemplate } from '../../cases/templates'
import type { TemplateDef } from '../../cases/templates/types'
import type { ClassRecord, WorkspaceRecord } from '../storage/types'
import { assertWritable, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import { exportBuilder } from './exportEnvelope'
import { readText, textField, type TextFieldRef } from './historyFields'
import { listSnapshots, loadSnapshot, withSnapshotDoc } from './historySnapshots'
import { KeyedLock } from './locks'
import { restoreAsEdit } from './historyRestore'
import type { AccessService, AuthUser } from './ports'
import { workspaceStatus } from './workspaceStatus'

function templatesOf(record: ClassRecord, workspace: WorkspaceRecord): TemplateDef[] {
  const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
  return (assignment?.templates ?? []).map(findTemplate).filter((t): t is TemplateDef => t !== undefined)
}

/** History of a workspace: snapshots listed, viewed read-only, compared field by field, and restored as new edits. */
export function createHistoryService(ctx: ServiceContext, access: AccessService) {
  const { storage } = ctx
  const restores = new KeyedLock()

  /** The workspace if the user may open it (team member or lecturer of the class); 403 otherwise. */
  async function open(user: AuthUser, workspaceId: string) {
    const role = await access.workspaceRole(user, workspaceId)
    const record = role ? await storage.classes.findByWorkspace(workspaceId) : undefined
    const workspace = record?.workspaces.find((w) => w.id === workspaceId)
    if (!record || !workspace) throw forbidden()
    return { record, workspace }
  }

  /** A side of a diff: the live document (`current`) or a snapshot. */
  async function textAt(workspaceId: string, side: string, ref: TextFieldRef): Promise<string> {
    if (side === 'current') return ctx.documents.read(workspaceId, (doc) => readText(doc, ref))
    const { state } = await loadSnapshot(storage, workspaceId, side)
    return withSnapshotDoc(state, (doc) => readText(doc, ref))
  }

  ctx.events.on('workspace:deleted', ({ workspaceId }) => {
    storage.history.deleteAll(workspaceId).catch((error: unknown) => {
      ctx.logger.error(`deleting the history of workspace ${workspaceId} failed`, error)
    })
  })

  return {
    /** Every snapshot, newest first (submissions are listed as `v<n>`). */
    async list(user: AuthUser, workspaceId: string): Promise<SnapshotSummary[]> {
      await open(user, workspaceId)
      return listSnapshots(storage, workspaceId)
    },

    /** The export envelope of the document as it was in a snapshot; 404 when there is no such snapshot. */
    async view(user: AuthUser, workspaceId: string, snapshotId: string): Promise<SnapshotView> {
      const { record, workspace } = await open(user, workspaceId)
      const build = exportBuilder(record, workspace)
      const { summary, state } = await loadSnapshot(storage, workspaceId, snapshotId)
      const templates = templatesOf(record, workspace)
      return { ...withSnapshotDoc(state, (doc) => build(doc), templates), snapshot: summary }
    },

    /** A word-level diff of one text field between two snapshots (or a snapshot and `current`). */
    async diff(
      user: AuthUser,
      workspaceId: string,
      query: { from: string; to: string; field: string },
    ): Promise<FieldDiff> {
      const { record, workspace } = await open(user, workspaceId)
      const ref = textField(templatesOf(record, workspace), query.field)
      const [from, to] = await Promise.all([
        textAt(workspaceId, query.from, ref),
        textAt(workspaceId, query.to, ref),
      ])
      return { field: query.field, from: query.from, to: query.to, changes: wordDiff(from, to) }
    },

    /**
     * A team member brings back a snapshot's content as a new edit of the live document, after keeping the current
     * state as a 'restore' snapshot (so the restore can be undone). Lecturers 403; 409 while submitted.
     */
    async restore(user: AuthUser, workspaceId: string, snapshotId: string): Promise<RestoreResult> {
      if (user.role !== 'student')
        throw refused('team_members_only', 'Only members of the team can restore a snapshot.')
      const { record, workspace } = await open(user, workspaceId)
      const templates = templatesOf(record, workspace)
      assertWritable(record)
      if (workspaceStatus(workspace) === 'submitted' || ctx.documents.isLocked(workspaceId))
        throw refused('workspace_submitted', 'This work is submitted; it cannot be changed.')
      const target = await loadSnapshot(storage, workspaceId, snapshotId)
      const who = { userId: user.id, classId: record.id, teamId: workspace.teamId }
      return restores.run(workspaceId, () => restoreAsEdit(ctx, workspaceId, target, templates, who))
    },
  }
}

/** The history service. */
export type HistoryService = ReturnType<typeof createHistoryService>
