import type { ExerciseEndReason } from '../../cases/contracts/exercises'
import { SYSTEM_SUBMITTER_ID } from '../../cases/contracts/submitter'
import type { ExerciseRecord } from '../storage/types'
import { changeClassBySystem, type ServiceContext } from './context'
import { AppError } from './errors'
import { clockOf, exerciseWorkspaces, findExercise, openWorkspaceIds, recipientsOf } from './exerciseState'
import { lockWorkspace } from './lockWorkspace'

/** Who submits the work when an exercise ends (clients name it by the id). */
export const EXERCISE_SUBMITTER = { id: SYSTEM_SUBMITTER_ID, name: 'Latihan selesai (exercise ended)' }

/** setTimeout's longest delay; later ends are reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1

/**
 * The server-side clocks of live exercises: one timer per running exercise, and the end (by the timer or the
 * lecturer), which marks the exercise ended, submits every open workspace as the system, then records that
 * the submissions ran, so they run once even across a restart.
 */
export class ExerciseClock {
  private readonly timers = new Map<string, NodeJS.Timeout>()

  constructor(private readonly ctx: ServiceContext) {}

  /** Arm (or re-arm) the timer of a running exercise; clears it otherwise. */
  arm(classId: string, exercise: ExerciseRecord): void {
    this.clear(exercise.id)
    if (exercise.status !== 'running' || !exercise.endsAt) return
    const delay = Date.parse(exercise.endsAt) - Date.now()
    const timer = setTimeout(
      () => {
        this.timers.delete(exercise.id)
        if (delay > MAX_DELAY_MS) return this.arm(classId, exercise)
        this.end(classId, exercise.id, 'time').catch((error: unknown) =>
          this.ctx.logger.error(`ending exercise ${exercise.id} at its time failed`, error),
        )
      },
      Math.min(Math.max(delay, 0), MAX_DELAY_MS),
    )
    timer.unref()
    this.timers.set(exercise.id, timer)
  }

  /** Stop the timer of one exercise. */
  clear(exerciseId: string): void {
    const timer = this.timers.get(exerciseId)
    if (timer) clearTimeout(timer)
    this.timers.delete(exerciseId)
  }

  /** Clear every timer. */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  /** End the exercise now, noting why; false when it had already ended (the end runs once). */
  async end(classId: string, exerciseId: string, endedBy: ExerciseEndReason): Promise<boolean> {
    this.clear(exerciseId)
    const ended = await changeClassBySystem(this.ctx, classId, (record) => {
      const found = findExercise(record, exerciseId)
      if (!found || found.exercise.status === 'ended') return false
      const now = new Date().toISOString()
      Object.assign(found.exercise, { status: 'ended', endsAt: now, remainingMs: 0, endedAt: now, endedBy })
      found.assignment.dueAt = now
      return true
    })
    if (ended) await this.submitAll(classId, exerciseId)
    return ended
  }

  /** Submit every open workspace of an ended exercise, then announce the end and record that it ran. */
  async submitAll(classId: string, exerciseId: string): Promise<void> {
    const record = await this.ctx.storage.classes.get(classId)
    const found = record && findExercise(record, exerciseId)
    if (!record || !found) return
    let failed = false
    for (const workspaceId of openWorkspaceIds(record, found.assignment)) {
      // A team may submit at the same moment: their 409 here just means it is already locked.
      await lockWorkspace(this.ctx, classId, workspaceId, EXERCISE_SUBMITTER).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'conflict') return
        failed = true
        this.ctx.logger.error(`submitting workspace ${workspaceId} at the exercise's end failed`, error)
      })
    }
    const latest = await changeClassBySystem(this.ctx, classId, (current) => {
      const again = findExercise(current, exerciseId)
      if (again && !failed) again.exercise.submittedAt = new Date().toISOString()
      return again ? { record: structuredClone(current), ...again } : undefined
    })
    if (!latest) return
    this.ctx.events.emit('exercise:changed', {
      classId,
      kind: 'ended',
      state: clockOf(latest.exercise),
      recipients: recipientsOf(latest.record, latest.assignment),
      workspaces: exerciseWorkspaces(latest.record, latest.assignment),
    })
  }
}
