import type { SubmittedResult, VersionSummary, WorkspaceStatus } from '../../cases/contracts/http'
import { inCurrentWords, teamPatternsOnly } from '../../cases/contributions/indicators'
import type { ClassRecord } from '../storage/types'
import type { SubmitConfirmations } from '../../cases/contracts/confirmations'
import { changeClass, changeClassBySystem, type ServiceContext } from './context'
import { DueLocks } from './dueLocks'
import { forbidden, refused } from './errors'
import { lockWorkspace, reopenWorkspace } from './lockWorkspace'
import type { AccessService, AuthUser } from './ports'
import { announceConfirmations, confirmationState, pruneConfirmations } from './submitConfirmations'
import { workspaceStatus } from './workspaceStatus'

/** What a member's submit did: submitted the work, or recorded their confirmation while others are pending. */
export type SubmitOutcome = { submitted: VersionSummary } | { pending: SubmitConfirmations['pending'] }

/** Submission and versions: members submit (locking the work), lecturers return it, both read versions. */
export function createSubmissionService(ctx: ServiceContext, access: AccessService) {
  const { classes, versions } = ctx.storage
  const dueLocks = new DueLocks(ctx)

  /** The workspace's class if the user may open it (team member or lecturer of the class); 403 otherwise. */
  async function open(user: AuthUser, workspaceId: string): Promise<ClassRecord> {
    const role = await access.workspaceRole(user, workspaceId)
    const record = role ? await classes.findByWorkspace(workspaceId) : undefined
    if (!record) throw forbidden()
    return record
  }

  /** The workspace, still open (409 when submitted meanwhile). */
  function openWorkspace(record: ClassRecord, workspaceId: string) {
    const workspace = record.workspaces.find((w) => w.id === workspaceId)
    if (!workspace) throw forbidden()
    if (workspaceStatus(workspace) === 'submitted')
      throw refused('workspace_submitted', 'This work is already submitted.')
    return workspace
  }

  /** A member who left no longer counts and a new one must confirm: prune, then tell every team that confirms. */
  async function followMembership(classId: string): Promise<void> {
    const current = await classes.get(classId)
    if (!current) return
    const probe = structuredClone(current)
    const record = probe.workspaces.some((w) => pruneConfirmations(probe, w))
      ? await changeClassBySystem(ctx, classId, (latest) => {
          for (const w of latest.workspaces) pruneConfirmations(latest, w)
          return latest
        })
      : current
    for (const workspace of record.workspaces) {
      const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
      if (assignment?.allMustConfirm && workspaceStatus(workspace) === 'open')
        announceConfirmations(ctx, record, workspace)
    }
  }
  const onMembership = ({ classId }: { classId: string }) => {
    followMembership(classId).catch((error: unknown) => {
      ctx.logger.error(`updating the submit confirmations of class ${classId} failed`, error)
    })
  }

  const onDeleted = ({ workspaceId }: { workspaceId: string }) => {
    versions.deleteAll(workspaceId).catch((error: unknown) => {
      ctx.logger.error(`deleting the versions of workspace ${workspaceId} failed`, error)
    })
  }

  return {
    /**
     * A member of the workspace's team submits it; lecturers get 403; 409 when already submitted. When the
     * assignment requires every member's confirmation, the member's confirmation is recorded and the work is
     * submitted only once nobody is pending.
     */
    async submit(user: AuthUser, workspaceId: string): Promise<SubmitOutcome> {
      if (user.role !== 'student') throw refused('team_members_only', 'Only members of the team can submit.')
      const record = await open(user, workspaceId)
      const submitter = { id: user.id, name: user.name }
      const workspace = record.workspaces.find((w) => w.id === workspaceId)
      const required = record.assignments.find((a) => a.id === workspace?.assignmentId)?.allMustConfirm
      // Without the requirement nothing is recorded: submit as before, without writing the class first.
      if (!required) return { submitted: await lockWorkspace(ctx, record.id, workspaceId, submitter) }
      const confirmed = await changeClass(ctx, record.id, (latest) => {
        const workspace = openWorkspace(latest, workspaceId)
        const assignment = latest.assignments.find((a) => a.id === workspace.assignmentId)
        if (!assignment?.allMustConfirm) return null
        pruneConfirmations(latest, workspace)
        if (!workspace.confirmations?.some((c) => c.id === user.id))
          (workspace.confirmations ??= []).push({ ...submitter, at: new Date().toISOString() })
        return { latest, workspace, state: confirmationState(latest, workspace, assignment) }
      })
      if (confirmed && confirmed.state.pending.length > 0) {
        announceConfirmations(ctx, confirmed.latest, confirmed.workspace)
        return { pending: confirmed.state.pending }
      }
      return { submitted: await lockWorkspace(ctx, record.id, workspaceId, submitter) }
    },

    /** A member withdraws their confirmation (idempotent); 409 when the work is already submitted. */
    async withdraw(user: AuthUser, workspaceId: string): Promise<SubmitConfirmations> {
      if (user.role !== 'student') throw refused('team_members_only', 'Only members of the team can confirm.')
      const record = await open(user, workspaceId)
      const { latest, workspace } = await changeClass(ctx, record.id, (latest) => {
        const workspace = openWorkspace(latest, workspaceId)
        workspace.confirmations = (workspace.confirmations ?? []).filter((c) => c.id !== user.id)
        return { latest, workspace }
      })
      announceConfirmations(ctx, latest, workspace)
      const assignment = latest.assignments.find((a) => a.id === workspace.assignmentId)
      return confirmationState(latest, workspace, assignment)
    },

    /** A lecturer of the class returns submitted work for revision; 409 when it is not submitted. */
    async return(user: AuthUser, workspaceId: string): Promise<{ status: WorkspaceStatus }> {
      if (user.role !== 'lecturer') throw refused('lecturers_only', 'Only lecturers can return work.')
      const record = await open(user, workspaceId)
      await reopenWorkspace(ctx, record.id, workspaceId)
      return { status: 'open' }
    },

    /** Every submitted version of a workspace, oldest first. */
    async versions(user: AuthUser, workspaceId: string): Promise<VersionSummary[]> {
      await open(user, workspaceId)
      return versions.list(workspaceId)
    },

    /**
     * One stored result; 404 when there is no such version. Its contribution mirror reads in today's words, and a
     * team's student gets it only while the lecturer shares the mirror, without the lecturer-only indicator.
     */
    async version(user: AuthUser, workspaceId: string, version: number): Promise<SubmittedResult> {
      const record = await open(user, workspaceId)
      const stored = await versions.get(workspaceId, version)
      if (!stored) throw refused('version_not_found', `No version ${version} of this workspace.`)
      const { contributions, ...result } = stored.result
      if (!contributions) return result
      const mirror = inCurrentWords(contributions)
      if (user.role === 'lecturer') return { ...result, contributions: mirror }
      const workspace = record.workspaces.find((w) => w.id === workspaceId)
      const assignment = record.assignments.find((a) => a.id === workspace?.assignmentId)
      if (!assignment?.showContributionsToTeam) return result
      return { ...result, contributions: { ...mirror, indicators: teamPatternsOnly(mirror.indicators) } }
    },

    /**
     * Start: refuse updates to workspaces stored as submitted or of an archived class, arm the due-time locks, and follow new
     * assignments and deleted workspaces.
     */
    async start(): Promise<void> {
      for (const record of await classes.list()) {
        for (const w of record.workspaces)
          if (w.status === 'submitted' || record.archived) await ctx.documents.lock(w.id)
        for (const assignment of record.assignments) dueLocks.arm(record.id, assignment)
      }
      ctx.events.on('assignment:created', dueLocks.onCreated)
      ctx.events.on('workspace:deleted', onDeleted)
      ctx.events.on('membership:changed', onMembership)
    },

    /** Stop the timers and listeners. */
    stop(): void {
      ctx.events.off('assignment:created', dueLocks.onCreated)
      ctx.events.off('workspace:deleted', onDeleted)
      ctx.events.off('membership:changed', onMembership)
      dueLocks.stop()
    },
  }
}

/** The submission service. */
export type SubmissionService = ReturnType<typeof createSubmissionService>
