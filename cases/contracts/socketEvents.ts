import type { CommentChangedEvent } from './comments'
import type { WorkspaceConfirmationsEvent } from './confirmations'
import type {
  ExerciseEvent,
  ExerciseMessageEvent,
  ExerciseProgressEvent,
  HelpAcknowledgePayload,
  HelpRequest,
  HelpRequestPayload,
  SocketAck,
} from './exercises'
import type { HistorySnapshotEvent } from './history'
import type { SelfCheckChangedEvent } from './selfCheck'
import type { Assignment, VersionSummary, WorkspaceStatus } from './http'

/**
 * socket.io events (same port, path /socket.io, `io(url, { auth: { token } })` or the session cookie).
 * Rooms: `class:<classId>` (everyone in the class), `team:<teamId>`, `user:<userId>`, `lecturers:<classId>`.
 */
export interface ServerToClientEvents {
  /** A new assignment: students of the class see it without a reload. */
  'assignment:created': (payload: { classId: string; assignment: Assignment }) => void
  /** Teams, members or settings of the class changed: refetch the class. */
  'class:updated': (payload: { classId: string }) => void
  /** The receiving student's team changed (moved by the lecturer, or picked). */
  'membership:changed': (payload: { classId: string; teamId: string | null }) => void
  /** The receiving user was removed from the class; their session has ended. */
  'session:ended': (payload: { reason: 'removed' | 'logout' | 'class-deleted' }) => void
  /** A workspace was submitted (`version` set) or returned for revision (to the team and the class's lecturers). */
  'workspace:status': (payload: WorkspaceStatusEvent) => void
  /**
   * Who has confirmed the submission of a workspace changed, or whether every member must confirm (to the team and
   * the class's lecturers).
   */
  'workspace:confirmations': (payload: WorkspaceConfirmationsEvent) => void
  /** A comment thread of a workspace changed (to the team's room and the class's lecturers' room). */
  'comment:changed': (payload: CommentChangedEvent) => void
  /** A history snapshot of a workspace was stored, periodic or just before a restore (team and lecturers). */
  'history:snapshot': (payload: HistorySnapshotEvent) => void
  /**
   * What the team may see of a workspace's grade changed (to `team:<teamId>` and `lecturers:<classId>`):
   * released (`released` true), withdrawn (false), or a released grade edited (true). Refetch
   * `GET /api/workspaces/:id/grade`.
   */
  'grade:released': (payload: GradeReleasedEvent) => void
  /** A member changed their stage self-check (to the team and the class's lecturers): refetch it. */
  'selfcheck:changed': (payload: SelfCheckChangedEvent) => void
  /** Live exercise lifecycle (each student gets their own workspaceId; lecturers of the class get null). */
  'exercise:started': (payload: ExerciseEvent) => void
  'exercise:paused': (payload: ExerciseEvent) => void
  'exercise:resumed': (payload: ExerciseEvent) => void
  'exercise:extended': (payload: ExerciseEvent) => void
  'exercise:ended': (payload: ExerciseEvent) => void
  /** A lecturer's broadcast to every team of the class. */
  'exercise:message': (payload: ExerciseMessageEvent) => void
  /** The live overview (to `lecturers:<classId>`, coalesced, at most 4 per second per exercise). */
  'exercise:progress': (payload: ExerciseProgressEvent) => void
  /** A team raised a hand (to `lecturers:<classId>`). */
  'help:requested': (payload: HelpRequest) => void
  /** The lecturer acknowledged the team's help request (to `team:<teamId>`). */
  'help:acknowledged': (payload: { exerciseId: string; teamId: string; requestIds: string[] }) => void
}

/** Payload of `workspace:status`. */
export interface WorkspaceStatusEvent {
  workspaceId: string
  classId: string
  teamId: string
  status: WorkspaceStatus
  /** The version just stored, when submitted. */
  version?: VersionSummary
}

/** Payload of `grade:released`: only which workspace and whether its grade is visible; the grade is fetched. */
export interface GradeReleasedEvent {
  workspaceId: string
  released: boolean
}

/** Events clients send; each payload is validated with its zod schema (cases/contracts/exercises.ts). */
export interface ClientToServerEvents {
  /** A student raises the team's hand. */
  'help:request': (
    payload: HelpRequestPayload,
    ack: (result: SocketAck<{ requestId: string }>) => void,
  ) => void
  /** A lecturer acknowledges a request (requestId) or every open request of a team (teamId). */
  'help:acknowledge': (
    payload: HelpAcknowledgePayload,
    ack: (result: SocketAck<{ requestIds: string[] }>) => void,
  ) => void
}

/** Data the server keeps on each socket. */
export interface SocketData {
  userId: string
  role: 'lecturer' | 'student'
}
