import * as Y from 'yjs'
import type { ClassOverview, ReviewState, WorkspaceOverview } from '../../cases/contracts/overview'
import { findTemplate } from '../../cases/templates'
import type { TemplateDef } from '../../cases/templates/types'
import { templateCompletion } from '../../cases/ydoc/read'
import {
  DocumentUnavailableError,
  type AssignmentRecord,
  type ClassRecord,
  type WorkspaceRecord,
} from '../storage/types'
import { lecturerClass, type ServiceContext } from './context'
import { contributionReport } from './contributions'
import type { AuthUser } from './ports'
import { isLate, workspaceStatus } from './workspaceStatus'

/**
 * Completion and last save from the STORED document (its snapshot and the update log after it, so it is exact):
 * one read per workspace, without loading it into a room.
 */
async function storedFigures(
  ctx: ServiceContext,
  record: ClassRecord,
  workspace: WorkspaceRecord,
  assignment: AssignmentRecord,
) {
  const stored = await ctx.storage.documents.load(workspace.id).catch((error: unknown) => {
    // Damaged with no good version (reported on /healthz): no figures for it, the rest of the class is served.
    if (error instanceof DocumentUnavailableError) return undefined
    throw error
  })
  const templates = assignment.templates.map(findTemplate).filter((t): t is TemplateDef => t !== undefined)
  const completion = { filled: 0, total: 0 }
  const progress: WorkspaceOverview['progress'] = {}
  const doc = new Y.Doc()
  try {
    if (stored) Y.applyUpdate(doc, stored.state)
    for (const { update } of stored?.log ?? []) Y.applyUpdate(doc, update)
    for (const template of templates) {
      const c = templateCompletion(doc, template)
      progress[template.id] = c
      completion.filled += c.filled
      completion.total += c.total
    }
  } finally {
    doc.destroy()
  }
  // A team nobody is in has not worked: the stored time is only when the server laid out its templates.
  const hasMembers = record.students.some((s) => s.teamId === workspace.teamId)
  return { completion, progress, lastActivity: hasMembers ? (stored?.updatedAt ?? null) : null }
}

async function reviewState(ctx: ServiceContext, workspaceId: string): Promise<ReviewState> {
  const grade = await ctx.storage.grades.get(workspaceId)
  if (!grade) return 'none'
  return grade.released ? 'released' : 'graded'
}

/** Balance and indicators of the contribution mirror; none (logged) when it cannot be computed. */
async function mirror(ctx: ServiceContext, record: ClassRecord, workspaceId: string) {
  try {
    const report = await contributionReport(ctx, record, workspaceId)
    return {
      balance: report.balance,
      enoughEvidence: report.enoughEvidence,
      indicators: report.indicators.map((i) => ({ kind: i.kind, label: i.label })),
    }
  } catch (error) {
    ctx.logger.error(`the contribution mirror of ${workspaceId} for the class overview failed`, error)
    return { balance: null, enoughEvidence: false, indicators: [] }
  }
}

/** The class dashboard's figures per workspace, for the class's lecturers (403 for everyone else). */
export function createOverviewService(ctx: ServiceContext) {
  return {
    async get(user: AuthUser, classId: string): Promise<ClassOverview> {
      const record = await lecturerClass(ctx, user, classId)
      const now = new Date()
      const rows = record.workspaces.map(async (workspace): Promise<WorkspaceOverview | null> => {
        const assignment = record.assignments.find((a) => a.id === workspace.assignmentId)
        if (!assignment) return null
        const [figures, review, contributions] = await Promise.all([
          storedFigures(ctx, record, workspace, assignment),
          reviewState(ctx, workspace.id),
          mirror(ctx, record, workspace.id),
        ])
        return {
          workspaceId: workspace.id,
          assignmentId: assignment.id,
          teamId: workspace.teamId,
          status: workspaceStatus(workspace),
          late: isLate(workspace, assignment, now),
          lastSubmission: workspace.lastSubmission ?? null,
          ...figures,
          reviewState: review,
          ...contributions,
        }
      })
      const workspaces = (await Promise.all(rows)).filter((w): w is WorkspaceOverview => w !== null)
      return { classId: record.id, workspaces }
    },
  }
}
