import type { WorkspaceDetail, WorkspaceSummary } from '../../cases/contracts/http'
import type { AnalysisExport } from '../../cases/export/envelope'
import type { ClassRecord, WorkspaceRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { forbidden } from './errors'
import { exportBuilder, teamMembers } from './exportEnvelope'
import { caseDetail } from './library'
import type { AccessService, AuthUser, WorkspaceRole } from './ports'
import { confirmationState } from './submitConfirmations'
import { assignmentExercise } from './views'
import { isLate, workspaceStatus } from './workspaceStatus'

function summary(
  record: ClassRecord,
  workspace: WorkspaceRecord,
  access: WorkspaceRole,
): WorkspaceSummary | null {
  const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
  const team = record.teams.find((t) => t.id === workspace.teamId)
  if (!assignment || !team) return null
  return {
    id: workspace.id,
    assignmentId: assignment.id,
    classId: record.id,
    teamId: team.id,
    teamName: team.name,
    title: assignment.title,
    templates: assignment.templates,
    dueAt: assignment.dueAt,
    createdAt: workspace.createdAt,
    access,
    status: workspaceStatus(workspace),
    late: isLate(workspace, assignment),
    lastSubmission: workspace.lastSubmission ?? null,
    showContributionsToTeam: assignment.showContributionsToTeam ?? false,
    classArchived: record.archived,
    ...(assignment.instructions ? { instructions: assignment.instructions } : {}),
    confirmations: confirmationState(record, workspace, assignment),
    ...(assignment.exercise ? { exercise: assignmentExercise(assignment.exercise) } : {}),
  }
}

/** Workspaces as their team (write) and their class's lecturers (read) see them, and their export. */
export function createWorkspaceService(ctx: ServiceContext, access: AccessService) {
  const { classes } = ctx.storage

  /** The workspace's class and record if the user may open it; 403 otherwise, whether or not it exists. */
  async function open(user: AuthUser, workspaceId: string) {
    const role = await access.workspaceRole(user, workspaceId)
    const record = role ? await classes.findByWorkspace(workspaceId) : undefined
    const workspace = record?.workspaces.find((w) => w.id === workspaceId)
    if (!role || !record || !workspace) throw forbidden()
    return { role, record, workspace }
  }

  return {
    async list(user: AuthUser): Promise<WorkspaceSummary[]> {
      if (user.role === 'lecturer') {
        const records = await classes.listForLecturer(user.id)
        return records.flatMap((r) =>
          r.workspaces.map((w) => summary(r, w, 'read')).filter((s) => s !== null),
        )
      }
      const record = await classes.findByStudent(user.id)
      const teamId = record?.students.find((s) => s.id === user.id)?.teamId
      if (!record || !teamId) return []
      return record.workspaces
        .filter((w) => w.teamId === teamId)
        .map((w) =>
          summary(record, w, workspaceStatus(w) === 'submitted' || record.archived ? 'read' : 'write'),
        )
        .filter((s) => s !== null)
    },

    async get(user: AuthUser, workspaceId: string): Promise<WorkspaceDetail> {
      const { role, record, workspace } = await open(user, workspaceId)
      const view = summary(record, workspace, role)
      const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
      if (!view || !assignment) throw forbidden()
      return {
        ...view,
        case: caseDetail(assignment.case),
        members: teamMembers(record, workspace.teamId),
        documentSoftLimitBytes: ctx.config.DOCUMENT_SOFT_LIMIT_BYTES,
      }
    },

    async export(user: AuthUser, workspaceId: string): Promise<AnalysisExport> {
      const { record, workspace } = await open(user, workspaceId)
      const build = exportBuilder(record, workspace)
      return ctx.documents.read(workspaceId, (doc) => build(doc))
    },
  }
}
