import type { ComparedTeam, FieldComparison } from '../../cases/contracts/compare'
import { TEMPLATES } from '../../cases/templates'
import { readSection, type SectionJson } from '../../cases/ydoc/read'
import { DocumentUnavailableError, type WorkspaceRecord } from '../storage/types'
import { asLecturer, openAssignment, type ServiceContext } from './context'
import type { CompareRef } from './compareField'
import { pickCompared, resolveCompareField } from './compareField'
import type { AuthUser } from './ports'
import { workspaceStatus } from './workspaceStatus'

/** The section from the live document (loaded or stored; read only, never re-encoded). */
function liveSection(ctx: ServiceContext, workspaceId: string, ref: CompareRef): Promise<SectionJson> {
  return ctx.documents.read(workspaceId, (doc) => readSection(doc, ref.template, ref.section))
}

const UNAVAILABLE = Symbol('unavailable')

/** A damaged document with no good version reads as UNAVAILABLE; any other failure stays a failure. */
function unlessUnavailable(error: unknown): typeof UNAVAILABLE {
  if (error instanceof DocumentUnavailableError) return UNAVAILABLE
  throw error
}

/** The section from the team's latest submitted version, or null when it has none. */
async function submittedSection(ctx: ServiceContext, workspace: WorkspaceRecord, ref: CompareRef) {
  const last = workspace.lastSubmission
  const stored = last ? await ctx.storage.versions.get(workspace.id, last.version) : undefined
  if (!stored) return null
  const section = stored.result.templates[ref.field.templateId]?.[ref.field.sectionKey]
  return { version: stored.version, section }
}

/**
 * Every team's answer to one field of an assignment, for the lecturers of its class (403 for everyone else, whether
 * or not it exists); 400 naming `field` for a field the assignment's templates do not have.
 */
export async function compareField(
  ctx: ServiceContext,
  user: AuthUser,
  assignmentId: string,
  query: { field: string; source: 'live' | 'submitted' },
): Promise<FieldComparison> {
  const { record, assignment } = await openAssignment(ctx, asLecturer(user), assignmentId)
  const ref = resolveCompareField(assignment.templates, TEMPLATES, query.field)

  const rows = record.teams.map(async (team): Promise<ComparedTeam | null> => {
    const workspace = record.workspaces.find((w) => w.assignmentId === assignmentId && w.teamId === team.id)
    if (!workspace) return null
    const row = {
      teamId: team.id,
      teamName: team.name,
      workspaceId: workspace.id,
      status: workspaceStatus(workspace),
    }
    if (query.source === 'live') {
      const section = await liveSection(ctx, workspace.id, ref).catch(unlessUnavailable)
      // A document that is damaged with no good version (reported on /healthz) has no value; the rest is served.
      return { ...row, value: section === UNAVAILABLE ? null : pickCompared(ref, section) }
    }
    const submitted = await submittedSection(ctx, workspace, ref)
    if (!submitted) return { ...row, value: null }
    return { ...row, version: submitted.version, value: pickCompared(ref, submitted.section) }
  })
  const teams = (await Promise.all(rows)).filter((t): t is ComparedTeam => t !== null)
  return { assignmentId, source: query.source, field: ref.field, teams }
}
