import type { Assignment } from '../../cases/contracts/http'
import { SYSTEM_SUBMITTER_ID } from '../../cases/contracts/http'
import type { AssignmentRecord } from '../storage/types'
import { changeClassBySystem, type ServiceContext } from './context'
import { AppError } from './errors'
import { lockWorkspace } from './lockWorkspace'
import { workspaceStatus } from './workspaceStatus'

/** Who submits when the due time locks the work (clients name it by the id). */
export const DUE_TIME_SUBMITTER = { id: SYSTEM_SUBMITTER_ID, name: 'Batas waktu (due time)' }

/** setTimeout's longest delay; due times further away are reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1

type DueLockable = Pick<AssignmentRecord, 'id' | 'dueAt' | 'lockAtDue' | 'dueLockedAt'>

/**
 * One timer per assignment with "lock at due time": at `dueAt` every still-open workspace of it is submitted
 * by the system, then the assignment is marked so the lock never runs twice (after a restart or a return).
 */
export class DueLocks {
  private readonly timers = new Map<string, NodeJS.Timeout>()

  constructor(private readonly ctx: ServiceContext) {}

  /** Arm (or re-arm) the timer of an assignment, if it locks at its due time and has not yet. */
  arm(classId: string, assignment: DueLockable): void {
    this.clear(assignment.id)
    if (!assignment.lockAtDue || !assignment.dueAt || assignment.dueLockedAt) return
    const delay = Date.parse(assignment.dueAt) - Date.now()
    const timer = setTimeout(
      () => {
        this.timers.delete(assignment.id)
        if (delay > MAX_DELAY_MS) return this.arm(classId, assignment)
        this.run(classId, assignment.id).catch((error: unknown) =>
          this.ctx.logger.error(`locking assignment ${assignment.id} at its due time failed`, error),
        )
      },
      Math.min(Math.max(delay, 0), MAX_DELAY_MS),
    )
    timer.unref()
    this.timers.set(assignment.id, timer)
  }

  /** Listener for `assignment:created`. */
  readonly onCreated = ({ classId, assignment }: { classId: string; assignment: Assignment }): void => {
    this.arm(classId, assignment)
  }

  /** Clear every timer. */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  private clear(assignmentId: string): void {
    const timer = this.timers.get(assignmentId)
    if (timer) clearTimeout(timer)
    this.timers.delete(assignmentId)
  }

  private async run(classId: string, assignmentId: string): Promise<void> {
    const record = await this.ctx.storage.classes.get(classId)
    const open = (record?.workspaces ?? []).filter(
      (w) => w.assignmentId === assignmentId && workspaceStatus(w) === 'open',
    )
    for (const workspace of open) {
      // A member may submit at the same moment: their 409 here just means it is already locked.
      await lockWorkspace(this.ctx, classId, workspace.id, DUE_TIME_SUBMITTER).catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'conflict')) throw error
      })
    }
    await changeClassBySystem(this.ctx, classId, (latest) => {
      const assignment = latest.assignments.find((a) => a.id === assignmentId)
      if (assignment) assignment.dueLockedAt = new Date().toISOString()
    })
  }
}
