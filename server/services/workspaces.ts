import type { WorkspaceDetail, WorkspaceSummary } from '../../cases/contracts/http'
import { buildExport, type AnalysisExport } from '../../cases/export/envelope'
import { findTemplate } from '../../cases/templates'
import type { TemplateDef } from '../../cases/templates/types'
import type { ClassRecord, WorkspaceRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { forbidden } from './errors'
import { caseDetail } from './library'
import type { AccessService, AuthUser, WorkspaceRole } from './ports'

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
  }
}

function members(record: ClassRecord, teamId: string) {
  return record.students.filter((s) => s.teamId === teamId).map((s) => ({ id: s.id, name: s.name }))
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
        .map((w) => summary(record, w, 'write'))
        .filter((s) => s !== null)
    },

    async get(user: AuthUser, workspaceId: string): Promise<WorkspaceDetail> {
      const { role, record, workspace } = await open(user, workspaceId)
      const view = summary(record, workspace, role)
      const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
      if (!view || !assignment) throw forbidden()
      return { ...view, case: caseDetail(assignment.case), members: members(record, workspace.teamId) }
    },

    async export(user: AuthUser, workspaceId: string): Promise<AnalysisExport> {
      const { record, workspace } = await open(user, workspaceId)
      const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
      const team = record.teams.find((t) => t.id === workspace.teamId)
      if (!assignment || !team) throw forbidden()
      const templates = assignment.templates
        .map(findTemplate)
        .filter((t): t is TemplateDef => t !== undefined)
      const study = assignment.case
      return ctx.documents.read(workspaceId, (doc) =>
        buildExport(doc, templates, {
          workspace: {
            id: workspace.id,
            assignmentId: assignment.id,
            title: assignment.title,
            classId: record.id,
            className: record.name,
            templates: assignment.templates,
            dueAt: assignment.dueAt,
            createdAt: workspace.createdAt,
          },
          case: { id: study.id, title: study.title, summary: study.summary, scenario: study.scenario },
          team: { id: team.id, name: team.name, members: members(record, team.id) },
        }),
      )
    },
  }
}
