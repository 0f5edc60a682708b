import type { CommentThread } from '../../cases/contracts/comments'
import type { CriterionScore, GradeAdjustment, RubricCriterion } from '../../cases/contracts/grades'

/** A comment thread as stored: outside the students' Yjs document, so no document update can touch it. */
export type CommentThreadRecord = CommentThread

/** Comment threads, one file per workspace; the service changes a workspace's threads under its own lock. */
export interface CommentStore {
  /** The threads of a workspace, oldest first (empty when it has none). */
  list(workspaceId: string): Promise<CommentThreadRecord[]>
  /** The workspace holding this thread, or undefined. */
  workspaceOf(threadId: string): Promise<string | undefined>
  /** Replace every thread of a workspace. */
  put(workspaceId: string, threads: CommentThreadRecord[]): Promise<void>
  /** Delete every thread of a workspace (when the workspace itself is deleted). */
  deleteAll(workspaceId: string): Promise<void>
}

/** An assignment's rubric: the defaults of its templates when first read, then as lecturers edit it. */
export interface RubricRecord {
  assignmentId: string
  criteria: RubricCriterion[]
  updatedAt: string
  /** The lecturer who last saved it; null while it is still the defaults. */
  updatedBy: string | null
}

/** Rubrics, one small file per assignment. */
export interface RubricStore {
  get(assignmentId: string): Promise<RubricRecord | undefined>
  put(record: RubricRecord): Promise<void>
  delete(assignmentId: string): Promise<void>
}

/** A workspace's grade: scores per criterion, feedback, member adjustments and whether students may see it. */
export interface GradeRecord {
  workspaceId: string
  scores: CriterionScore[]
  feedback: string
  adjustments: GradeAdjustment[]
  released: boolean
  releasedAt: string | null
  updatedAt: string
  gradedBy: string
}

/** Grades, one small file per workspace. */
export interface GradeStore {
  get(workspaceId: string): Promise<GradeRecord | undefined>
  put(record: GradeRecord): Promise<void>
  delete(workspaceId: string): Promise<void>
}
