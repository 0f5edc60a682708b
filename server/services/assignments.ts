import type { Assignment, CreateAssignmentBody } from '../../cases/contracts/http'
import { createAssignmentBody } from '../../cases/contracts/http'
import { findTemplate } from '../../cases/templates'
import type { AuthUser } from './ports'
import { asLecturer, changeLecturerClass, lecturerClass, type ServiceContext } from './context'
import { invalid } from './errors'
import type { LibraryService } from './library'
import { newId } from './secrets'
import { cleanInstructions } from './submitConfirmations'
import { assignmentView } from './views'
import { addTeamWorkspaces } from './workspaceRecords'

type ParsedAssignment = ReturnType<typeof createAssignmentBody.parse>

/** Assignments: a case given to every team of a class, each team getting its own workspace. */
export function createAssignmentService(ctx: ServiceContext, library: LibraryService) {
  return {
    async create(
      user: AuthUser,
      classId: string,
      body: ParsedAssignment | CreateAssignmentBody,
      /** A live exercise's assignment: only teams with members get a workspace (empty ones get it once filled). */
      options: { teamsWithMembersOnly?: boolean } = {},
    ): Promise<Assignment> {
      const lecturer = asLecturer(user)
      await lecturerClass(ctx, user, classId)
      const study = await library.findCase(user, body.caseId)
      if (!study) throw invalid('caseId', `unknown case "${body.caseId}"`)
      const templates = [...new Set(body.templates)]
      const unknown = templates.find((t) => !findTemplate(t))
      if (unknown !== undefined) throw invalid('templates', `unknown template "${unknown}"`)
      if (body.lockAtDue && !body.dueAt) throw invalid('lockAtDue', 'needs a dueAt')

      const assignment = await changeLecturerClass(ctx, user, classId, async (record) => {
        const created = {
          id: newId(),
          caseId: study.id,
          title: body.title ? { id: body.title, en: body.title } : study.title,
          // A copy: later edits to the case do not change work in progress.
          case: structuredClone(study),
          templates,
          // Stored in UTC whatever offset it was sent with; clients show it in the viewer's zone.
          dueAt: body.dueAt ? new Date(body.dueAt).toISOString() : null,
          lockAtDue: body.lockAtDue ?? false,
          ...(cleanInstructions(body.instructions)
            ? { instructions: cleanInstructions(body.instructions) }
            : {}),
          createdAt: new Date().toISOString(),
          createdBy: lecturer.id,
        }
        record.assignments.push(created)
        const teams = options.teamsWithMembersOnly
          ? record.teams.filter((team) => record.students.some((s) => s.teamId === team.id))
          : record.teams
        for (const team of teams) await addTeamWorkspaces(ctx, record, team.id, [created.id])
        return assignmentView(record, created)
      })
      ctx.events.emit('assignment:created', { classId, assignment })
      ctx.events.emit('class:updated', { classId })
      return assignment
    },

    async list(user: AuthUser, classId: string): Promise<Assignment[]> {
      const record = await lecturerClass(ctx, user, classId)
      return record.assignments.map((a) => assignmentView(record, a))
    },
  }
}
/** The assignment service. */
export type AssignmentService = ReturnType<typeof createAssignmentService>
