import type * as Y from 'yjs'
import type { Bilingual } from '../i18n/bilingual'
import type { TemplateDef } from '../templates/types'
import { readTemplate, templateCompletion, type Completion, type TemplateJson } from '../ydoc/read'

/**
 * The version of the export format; every export names it in `format`. Major 2 (issue 12): interventionPlan's
 * `steps` checklists and breton's `changeOppressiveConditions` goal were retired. Exports of major 1 stay valid
 * against cases/export/analysis-1.schema.json; docs/export.md says how to read them as major 2.
 */
export const EXPORT_FORMAT = 'ruang-kasus.analysis/2'

/** The formats an earlier app version produced, which stored results may still carry. */
export const PREVIOUS_EXPORT_FORMATS = ['ruang-kasus.analysis/1'] as const

/** The workspace an export comes from. */
export interface ExportWorkspace {
  id: string
  assignmentId: string
  title: Bilingual
  classId: string
  className: string
  templates: string[]
  dueAt: string | null
  createdAt: string
  /** The lecturer's instructions (plain text), when given; exports made before they existed lack it. */
  instructions?: { id?: string; en?: string }
}

/** The case text as copied into the assignment. */
export interface ExportCase {
  id: string
  title: Bilingual
  summary: Bilingual
  scenario: Bilingual
}

/** The team whose analysis this is. */
export interface ExportTeam {
  id: string
  name: string
  members: { id: string; name: string }[]
}

/** The analysis as JSON, readable without the app. */
export interface AnalysisExport {
  format: typeof EXPORT_FORMAT
  workspace: ExportWorkspace
  case: ExportCase
  team: ExportTeam
  templates: Record<string, TemplateJson>
  completion: Record<string, Completion>
  exportedAt: string
}

/** Build the export envelope of one workspace from its document. */
export function buildExport(
  doc: Y.Doc,
  templates: readonly TemplateDef[],
  meta: { workspace: ExportWorkspace; case: ExportCase; team: ExportTeam; now?: Date },
): AnalysisExport {
  const content: Record<string, TemplateJson> = {}
  const completion: Record<string, Completion> = {}
  for (const template of templates) {
    content[template.id] = readTemplate(doc, template)
    completion[template.id] = templateCompletion(doc, template)
  }
  return {
    format: EXPORT_FORMAT,
    workspace: meta.workspace,
    case: meta.case,
    team: meta.team,
    templates: content,
    completion,
    exportedAt: (meta.now ?? new Date()).toISOString(),
  }
}
