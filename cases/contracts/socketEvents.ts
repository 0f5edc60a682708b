import type { CommentChangedEvent } from './comments'
import type { HistorySnapshotEvent } from './history'
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
  /** A comment thread of a workspace changed (to the team's room and the class's lecturers' room). */
  'comment:changed': (payload: CommentChangedEvent) => void
  /** A history snapshot of a workspace was stored, periodic or just before a restore (team and lecturers). */
  'history:snapshot': (payload: HistorySnapshotEvent) => void
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

/** Events clients send. None yet beyond connection; later issues add them here. */
export type ClientToServerEvents = Record<string, never>

/** Data the server keeps on each socket. */
export interface SocketData {
  userId: string
  role: 'lecturer' | 'student'
}
