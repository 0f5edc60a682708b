import { EventEmitter } from 'node:events'
import type { SubmitConfirmations } from '../cases/contracts/confirmations'
import type { CommentChangedEvent } from '../cases/contracts/comments'
import type { HistorySnapshotEvent } from '../cases/contracts/history'
import type { ExerciseEvent, HelpRequest } from '../cases/contracts/exercises'
import type { Assignment, VersionSummary } from '../cases/contracts/http'

/** Domain events: services announce what changed; the real-time layer tells the right people. */
export interface DomainEventMap {
  'assignment:created': [{ classId: string; assignment: Assignment }]
  'class:updated': [{ classId: string }]
  /** A student's team changed (or they were removed: teamId null and removed true). */
  'membership:changed': [{ classId: string; userId: string; teamId: string | null; removed?: boolean }]
  /** Sessions of this user ended (logout everywhere, removal, class deletion). */
  'sessions:revoked': [{ userId: string; reason: 'removed' | 'logout' | 'class-deleted' }]
  'workspace:deleted': [{ workspaceId: string }]
  /** A comment thread of a workspace changed: its team and the class's lecturers are told. */
  'comment:changed': [{ classId: string; teamId: string; change: CommentChangedEvent }]
  /** A workspace was submitted (by a member or at the due time): its student connections become read-only. */
  'workspace:locked': [{ classId: string; teamId: string; workspaceId: string; version: VersionSummary }]
  /** Who has confirmed a workspace's submission changed (or whether confirmations are required). */
  'workspace:confirmations': [
    { classId: string; teamId: string; workspaceId: string; state: SubmitConfirmations },
  ]
  /** A lecturer returned a submitted workspace for revision: students may edit again. */
  'workspace:reopened': [{ classId: string; teamId: string; workspaceId: string }]
  /**
   * A class was archived (`archived` true: these workspaces became read-only for everyone) or unarchived (false:
   * these workspaces take edits again; submitted ones and those of a paused exercise stay locked).
   */
  'class:archived': [{ classId: string; archived: boolean; workspaceIds: string[] }]
  /** A snapshot of a workspace was stored (periodic, or the state kept before a restore). */
  'history:snapshot': [{ classId: string; teamId: string; change: HistorySnapshotEvent }]
  /**
   * A live exercise started, paused, resumed, was extended or ended. `recipients` are the students with a team
   * in it and their workspace; `workspaceIds` every workspace of it.
   */
  'exercise:changed': [
    {
      classId: string
      kind: 'started' | 'paused' | 'resumed' | 'extended' | 'ended'
      state: Omit<ExerciseEvent, 'workspaceId'>
      recipients: { userId: string; workspaceId: string }[]
      workspaces: { id: string; teamId: string }[]
    },
  ]
  /** A lecturer broadcast a message to the class of an exercise. */
  'exercise:message': [{ classId: string; exerciseId: string; message: string; serverNow: string }]
  /**
   * What a team's students may see of a grade changed: it was released, its release was withdrawn, or a released
   * grade was edited (`released` is the state now).
   */
  'grade:released': [{ classId: string; teamId: string; workspaceId: string; released: boolean }]
  /**
   * A lecturer now teaches a class (`teaching` true: created it or was added as co-lecturer) or no longer does
   * (false: removed from it, or the class was deleted): their open sockets join or leave the class's rooms.
   */
  'lecturer:changed': [{ classId: string; lecturerId: string; teaching: boolean }]
  /** A member's stage self-check of a workspace changed: its team and the class's lecturers are told. */
  'selfcheck:changed': [{ classId: string; teamId: string; workspaceId: string }]
  /** A help request was raised or acknowledged. */
  'help:changed': [
    { classId: string; exerciseId: string; teamId: string; requests: HelpRequest[]; raised: boolean },
  ]
}

/** A typed event bus, one per server instance (never a module-level singleton). */
export class DomainEvents extends EventEmitter<DomainEventMap> {}
