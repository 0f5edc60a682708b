import type { ExerciseEvent } from '../../cases/contracts/exercises'
import type { AssignmentRecord, ClassRecord, ExerciseRecord } from '../storage/types'
import { workspaceStatus } from './workspaceStatus'

/** Time left now: to `endsAt` while running, the stored rest while paused, 0 once ended. */
export function remainingMs(exercise: ExerciseRecord, now: number): number {
  if (exercise.status === 'paused') return exercise.remainingMs
  if (exercise.status === 'ended' || !exercise.endsAt) return 0
  return Math.max(0, Date.parse(exercise.endsAt) - now)
}

/** The clock as events carry it (without the receiver's workspace). */
export function clockOf(exercise: ExerciseRecord, now = Date.now()): Omit<ExerciseEvent, 'workspaceId'> {
  return {
    exerciseId: exercise.id,
    status: exercise.status,
    endsAt: exercise.endsAt,
    serverNow: new Date(now).toISOString(),
    remainingMs: remainingMs(exercise, now),
    endedBy: exercise.endedBy ?? null,
  }
}

/** The workspaces of the exercise's assignment. */
export function exerciseWorkspaces(record: ClassRecord, assignment: AssignmentRecord) {
  return record.workspaces
    .filter((w) => w.assignmentId === assignment.id)
    .map((w) => ({ id: w.id, teamId: w.teamId }))
}

/** Its workspaces still open (not submitted). */
export function openWorkspaceIds(record: ClassRecord, assignment: AssignmentRecord): string[] {
  return record.workspaces
    .filter((w) => w.assignmentId === assignment.id && workspaceStatus(w) === 'open')
    .map((w) => w.id)
}

/** Every student with a team in the exercise, with that team's workspace. */
export function recipientsOf(record: ClassRecord, assignment: AssignmentRecord) {
  const byTeam = new Map(exerciseWorkspaces(record, assignment).map((w) => [w.teamId, w.id]))
  return record.students.flatMap((s) => {
    const workspaceId = s.teamId ? byTeam.get(s.teamId) : undefined
    return workspaceId ? [{ userId: s.id, workspaceId }] : []
  })
}

/** The assignment carrying this exercise, if the class has it. */
export function findExercise(record: ClassRecord, exerciseId: string) {
  const assignment = record.assignments.find((a) => a.exercise?.id === exerciseId)
  return assignment?.exercise ? { assignment, exercise: assignment.exercise } : undefined
}
