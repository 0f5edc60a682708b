import type * as Y from 'yjs'
import { buildExport, type AnalysisExport } from '../../cases/export/envelope'
import { findTemplate } from '../../cases/templates'
import type { TemplateDef } from '../../cases/templates/types'
import type { ClassRecord, WorkspaceRecord } from '../storage/types'
import { forbidden } from './errors'

/** The members of a team, as exports and workspace details show them. */
export function teamMembers(record: ClassRecord, teamId: string) {
  return record.students.filter((s) => s.teamId === teamId).map((s) => ({ id: s.id, name: s.name }))
}

/**
 * A function that builds a workspace's export envelope from its document (the live one or a stored one),
 * with the workspace, case and team taken from the class record. 403 when the record is inconsistent.
 */
export function exportBuilder(
  record: ClassRecord,
  workspace: WorkspaceRecord,
): (doc: Y.Doc, now?: Date) => AnalysisExport {
  const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
  const team = record.teams.find((t) => t.id === workspace.teamId)
  if (!assignment || !team) throw forbidden()
  const templates = assignment.templates.map(findTemplate).filter((t): t is TemplateDef => t !== undefined)
  const study = assignment.case
  const meta = {
    workspace: {
      id: workspace.id,
      assignmentId: assignment.id,
      title: assignment.title,
      classId: record.id,
      className: record.name,
      templates: assignment.templates,
      dueAt: assignment.dueAt,
      createdAt: workspace.createdAt,
      ...(assignment.instructions ? { instructions: assignment.instructions } : {}),
    },
    case: { id: study.id, title: study.title, summary: study.summary, scenario: study.scenario },
    team: { id: team.id, name: team.name, members: teamMembers(record, team.id) },
  }
  return (doc, now) => buildExport(doc, templates, { ...meta, now })
}
