import * as Y from 'yjs'
import type { Submitter, VersionSummary } from '../../cases/contracts/http'
import { SYSTEM_SUBMITTER_ID } from '../../cases/contracts/submitter'
import { changeClass, changeClassBySystem, type ServiceContext } from './context'
import { contributionsAtSubmission } from './contributions'
import { forbidden, refused } from './errors'
import { exportBuilder } from './exportEnvelope'
import { workspaceStatus } from './workspaceStatus'

/**
 * Submit a workspace: refuse its updates and store the live document, store the next version (the export
 * envelope of exactly that document plus the version fields, and its Yjs state), mark the workspace
 * submitted, then announce it (the real-time layer closes students' connections with LOCKED).
 * 409 when it is already submitted. No authorisation: callers check.
 */
export async function lockWorkspace(
  ctx: ServiceContext,
  classId: string,
  workspaceId: string,
  submittedBy: Submitter,
): Promise<VersionSummary> {
  let lockedHere = false
  // The due time and an exercise's end still submit in an archived class; a member's submission is refused.
  const change = submittedBy.id === SYSTEM_SUBMITTER_ID ? changeClassBySystem : changeClass
  try {
    const { version, teamId } = await change(ctx, classId, async (record) => {
      const workspace = record.workspaces.find((w) => w.id === workspaceId)
      if (!workspace) throw forbidden()
      if (workspaceStatus(workspace) === 'submitted')
        throw refused('workspace_submitted', 'This work is already submitted.')
      const build = exportBuilder(record, workspace)
      // From here on no update is applied; the flush inside makes the stored document the submitted one.
      lockedHere = true
      await ctx.documents.lock(workspaceId)
      const now = new Date()
      const { state, envelope } = await ctx.documents.read(workspaceId, (doc) => ({
        state: Y.encodeStateAsUpdate(doc),
        envelope: build(doc, now),
      }))
      const contributions = await contributionsAtSubmission(ctx, record, workspaceId)
      const previous = await ctx.storage.versions.list(workspaceId)
      const summary: VersionSummary = {
        version: (previous.at(-1)?.version ?? 0) + 1,
        submittedAt: now.toISOString(),
        submittedBy: { id: submittedBy.id, name: submittedBy.name },
      }
      await ctx.storage.versions.create(workspaceId, {
        ...summary,
        result: { ...envelope, ...summary, contributions },
        state,
      })
      workspace.status = 'submitted'
      workspace.lastSubmission = summary
      // Confirmations are for one submission: the next round (after a return) starts afresh.
      delete workspace.confirmations
      return { version: summary, teamId: workspace.teamId }
    })
    ctx.events.emit('workspace:locked', { classId, teamId, workspaceId, version })
    return version
  } catch (error) {
    if (lockedHere) ctx.documents.unlock(workspaceId)
    throw error
  }
}

/**
 * Return a submitted workspace for revision: mark it open and accept updates again, then announce it (the
 * real-time layer closes students' read-only connections with REOPENED). 409 when it is not submitted.
 */
export async function reopenWorkspace(ctx: ServiceContext, classId: string, workspaceId: string) {
  let unlockedHere = false
  try {
    const teamId = await changeClass(ctx, classId, (record) => {
      const workspace = record.workspaces.find((w) => w.id === workspaceId)
      if (!workspace) throw forbidden()
      if (workspaceStatus(workspace) !== 'submitted')
        throw refused('workspace_not_submitted', 'This work is not submitted.')
      workspace.status = 'open'
      delete workspace.confirmations
      // Before the record is written: a student connecting in between gets a transient REOPENED close and
      // retries, rather than a terminal LOCKED one.
      unlockedHere = true
      ctx.documents.unlock(workspaceId)
      return workspace.teamId
    })
    ctx.events.emit('workspace:reopened', { classId, teamId, workspaceId })
  } catch (error) {
    if (unlockedHere) await ctx.documents.lock(workspaceId).catch(() => undefined)
    throw error
  }
}
