import type { AssignmentSettingsBody, WorkspaceContributions } from '../../cases/contributions/figures'
import { teamPatternsOnly } from '../../cases/contributions/indicators'
import type { Assignment } from '../../cases/contracts/http'
import { buildReport } from '../contributions/report'
import type { ClassRecord } from '../storage/types'
import { changeLecturerClass, asLecturer, openAssignment, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import { teamMembers } from './exportEnvelope'
import type { AccessService, AuthUser } from './ports'
import { announceConfirmations, cleanInstructions } from './submitConfirmations'
import { assignmentView } from './views'

/** Threads started plus replies written, per member and per member/template (the store is outside the document). */
async function commentCounts(ctx: ServiceContext, workspaceId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
  for (const thread of await ctx.storage.comments.list(workspaceId)) {
    for (const author of [thread.author, ...thread.replies.map((r) => r.author)]) {
      bump(author.id)
      bump(`${author.id}/${thread.anchor.templateId}`)
    }
  }
  return counts
}

/**
 * The contribution mirror of a workspace of this class record, as served and as stored with each submitted
 * version. No authorisation: callers check. 403 when the record does not hold the workspace.
 */
export async function contributionReport(
  ctx: ServiceContext,
  record: ClassRecord,
  workspaceId: string,
): Promise<WorkspaceContributions> {
  const workspace = record.workspaces.find((w) => w.id === workspaceId)
  const assignment = record.assignments.find((a) => a.id === workspace?.assignmentId)
  if (!workspace || !assignment) throw forbidden()
  const [counters, presence, comments] = await Promise.all([
    ctx.contributions.counters(workspaceId),
    ctx.contributions.presence(workspaceId, assignment.templates),
    commentCounts(ctx, workspaceId),
  ])
  return buildReport({
    members: teamMembers(record, workspace.teamId),
    templateIds: assignment.templates,
    record: counters,
    presence,
    comments,
  })
}

/**
 * The mirror to store with a submitted version; undefined (logged) when it cannot be computed, so a submission
 * never fails because of it.
 */
export async function contributionsAtSubmission(
  ctx: ServiceContext,
  record: ClassRecord,
  workspaceId: string,
): Promise<WorkspaceContributions | undefined> {
  try {
    return await contributionReport(ctx, record, workspaceId)
  } catch (error) {
    ctx.logger.error(
      `computing the contributions of ${workspaceId} for its version failed; stored without`,
      error,
    )
    return undefined
  }
}

/** The contribution mirror: figures per member, who may see them, and the per-assignment switch. */
export function createContributionService(ctx: ServiceContext, access: AccessService) {
  const { classes } = ctx.storage

  const onDeleted = ({ workspaceId }: { workspaceId: string }) => {
    ctx.storage.contributions.delete(workspaceId).catch((error: unknown) => {
      ctx.logger.error(`deleting the contributions of workspace ${workspaceId} failed`, error)
    })
  }
  ctx.events.on('workspace:deleted', onDeleted)

  return {
    /**
     * GET /api/workspaces/:id/contributions: the class's lecturers always; the team's students only when the
     * assignment shows the mirror to the team; anyone else 403 (whether or not the workspace exists).
     */
    async get(user: AuthUser, workspaceId: string): Promise<WorkspaceContributions> {
      const role = await access.workspaceRole(user, workspaceId)
      const record = role ? await classes.findByWorkspace(workspaceId) : undefined
      if (!record) throw forbidden()
      if (user.role === 'student') {
        const workspace = record.workspaces.find((w) => w.id === workspaceId)
        const assignment = record.assignments.find((a) => a.id === workspace?.assignmentId)
        if (!assignment?.showContributionsToTeam) {
          throw refused(
            'contributions_not_shared',
            'Your lecturer has not shared the contribution figures with the team.',
          )
        }
      }
      const report = await contributionReport(ctx, record, workspaceId)
      // Which members have little written yet is for lecturers; the team sees only patterns that name nobody.
      if (user.role === 'student') return { ...report, indicators: teamPatternsOnly(report.indicators) }
      return report
    },

    /** The mirror of a workspace, without authorisation: for storing it with a submitted version. */
    async contributionsFor(workspaceId: string): Promise<WorkspaceContributions> {
      const record = await classes.findByWorkspace(workspaceId)
      if (!record) throw forbidden()
      return contributionReport(ctx, record, workspaceId)
    },

    /**
     * PUT /api/assignments/:id/settings: a lecturer of the assignment's class sets any of: the team's view of the
     * mirror, whether every member must confirm the submission, the instructions.
     */
    async updateSettings(
      user: AuthUser,
      assignmentId: string,
      body: AssignmentSettingsBody,
    ): Promise<Assignment> {
      const { record: owning } = await openAssignment(ctx, asLecturer(user), assignmentId)
      const view = await changeLecturerClass(ctx, user, owning.id, (record) => {
        const assignment = record.assignments.find((a) => a.id === assignmentId)
        if (!assignment) throw forbidden()
        if (body.showContributionsToTeam !== undefined)
          assignment.showContributionsToTeam = body.showContributionsToTeam
        if (body.instructions !== undefined) assignment.instructions = cleanInstructions(body.instructions)
        const confirming =
          body.allMustConfirm !== undefined && body.allMustConfirm !== !!assignment.allMustConfirm
        if (body.allMustConfirm !== undefined) assignment.allMustConfirm = body.allMustConfirm
        const workspaces = record.workspaces.filter((w) => w.assignmentId === assignmentId)
        // Switched either way, earlier confirmations no longer stand.
        if (confirming) for (const w of workspaces) delete w.confirmations
        return {
          assignment: assignmentView(record, assignment),
          record,
          workspaces: confirming ? workspaces : [],
        }
      })
      for (const workspace of view.workspaces) announceConfirmations(ctx, view.record, workspace)
      ctx.events.emit('class:updated', { classId: owning.id })
      return view.assignment
    },
  }
}

/** The contribution service. */
export type ContributionService = ReturnType<typeof createContributionService>
