import type { IndicatorKind } from '../contributions/figures'
import type { Bilingual } from '../i18n/bilingual'
import type { VersionSummary, WorkspaceStatus } from './http'

/** Where a workspace's review stands: nothing saved yet, graded but hidden from the team, or released. */
export type ReviewState = 'none' | 'graded' | 'released'

/** One team's workspace of one assignment, as the lecturer's class dashboard shows it. */
export interface WorkspaceOverview {
  workspaceId: string
  assignmentId: string
  teamId: string
  status: WorkspaceStatus
  late: boolean
  lastSubmission: VersionSummary | null
  /** Filled and total fields over all the assignment's templates (as the export's `completion`, summed). */
  completion: { filled: number; total: number }
  /** The same per template id, in the assignment's order (the dashboard's team × template grid). */
  progress: Record<string, { filled: number; total: number }>
  /** When the stored document was last saved (null before its first save, and for a team with no members). */
  lastActivity: string | null
  reviewState: ReviewState
  /** The team's balance index from the contribution mirror (null while nobody contributed or when unavailable). */
  balance: number | null
  /** Whether the mirror's evidence thresholds are met (cases/contributions/indicators.ts); the dashboard shows the
   * balance and indicators only then. */
  enoughEvidence: boolean
  /** The mirror's indicators by kind and label: indicators, not grades. */
  indicators: { kind: IndicatorKind; label: Bilingual }[]
}

/** GET /api/classes/:classId/overview (the class's lecturers). */
export interface ClassOverview {
  classId: string
  workspaces: WorkspaceOverview[]
}
