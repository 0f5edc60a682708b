import type {
  CreatedExercise,
  ExerciseEvent,
  ExerciseState,
  FormedExerciseTeams,
  createExerciseBody,
} from '../../cases/contracts/exercises'
import type { z } from 'zod'
import type { AssignmentRecord, ClassRecord, ExerciseRecord } from '../storage/types'
import type { AssignmentService } from './assignments'
import { asLecturer, assertWritable, changeClass, lecturerClass, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import { ExerciseClock } from './exerciseClock'
import { clockOf, exerciseWorkspaces, findExercise, openWorkspaceIds, recipientsOf } from './exerciseState'
import { formedTeams, formTeams, placementOf } from './exerciseTeams'
import type { AuthUser } from './ports'
import { newId } from './secrets'

type Kind = 'started' | 'paused' | 'resumed' | 'extended'
type Located = { record: ClassRecord; assignment: AssignmentRecord; exercise: ExerciseRecord }

/**
 * Live exercises: a timed assignment of a class with a server-side clock. Pausing locks the open workspaces'
 * documents (read-only, nothing submitted); the end submits every open workspace as the system.
 */
export function createExerciseService(ctx: ServiceContext, assignments: AssignmentService) {
  const clock = new ExerciseClock(ctx)
  /** Exercise id → class id, filled at start and on create (exercises live in their class's record). */
  const index = new Map<string, string>()

  async function locate(exerciseId: string): Promise<Located> {
    const classId = index.get(exerciseId)
    const record = classId ? await ctx.storage.classes.get(classId) : undefined
    const found = record && findExercise(record, exerciseId)
    if (!record || !found) throw forbidden()
    return { record, ...found }
  }

  /** The exercise if the user is a lecturer of its class; 403 otherwise (students, other classes, unknown ids). */
  async function locateAsLecturer(user: AuthUser, exerciseId: string): Promise<Located> {
    const lecturer = asLecturer(user)
    const located = await locate(exerciseId)
    if (!located.record.lecturerIds.includes(lecturer.id)) throw forbidden()
    return located
  }

  function announce(kind: Kind, { record, assignment, exercise }: Located): void {
    ctx.events.emit('exercise:changed', {
      classId: record.id,
      kind,
      state: clockOf(exercise),
      recipients: recipientsOf(record, assignment),
      workspaces: exerciseWorkspaces(record, assignment),
    })
  }

  /** Change an exercise as a lecturer of its class, under the class lock; announces `kind` afterwards. */
  async function transition(
    user: AuthUser,
    exerciseId: string,
    kind: Kind,
    change: (found: Located, now: number) => Promise<void> | void,
  ): Promise<ExerciseState> {
    const { record: before } = await locateAsLecturer(user, exerciseId)
    const located = await changeClass(ctx, before.id, async (record) => {
      const found = findExercise(record, exerciseId)
      if (!found) throw forbidden()
      await change({ record, ...found }, Date.now())
      return { record, ...found }
    })
    clock.arm(located.record.id, located.exercise)
    announce(kind, located)
    return view(located, null)
  }

  function view({ record, assignment, exercise }: Located, workspaceId: string | null): ExerciseState {
    const clockNow = clockOf(exercise)
    return {
      id: exercise.id,
      classId: record.id,
      assignmentId: assignment.id,
      status: exercise.status,
      endsAt: exercise.endsAt,
      serverNow: clockNow.serverNow,
      remainingMs: clockNow.remainingMs,
      durationMs: exercise.durationMs,
      startedAt: exercise.startedAt,
      endedAt: exercise.endedAt,
      endedBy: exercise.endedBy ?? null,
      workspaceId,
      workspaces: exerciseWorkspaces(record, assignment),
    }
  }

  const setEnd = (assignment: AssignmentRecord, exercise: ExerciseRecord, endsAt: number) => {
    exercise.endsAt = new Date(endsAt).toISOString()
    assignment.dueAt = exercise.endsAt
  }

  return {
    async create(
      user: AuthUser,
      classId: string,
      body: z.output<typeof createExerciseBody>,
    ): Promise<CreatedExercise> {
      const lecturer = asLecturer(user)
      await lecturerClass(ctx, user, classId)
      if (body.teamSize !== undefined) await formTeams(ctx, user, classId, body.teamSize)
      const durationMs = Math.round(body.durationMinutes * 60_000)
      const assignment = await assignments.create(
        user,
        classId,
        {
          caseId: body.caseId,
          templates: body.templates,
          title: body.title,
          dueAt: new Date(Date.now() + durationMs).toISOString(),
        },
        { teamsWithMembersOnly: true },
      )
      const id = newId()
      const located = await changeClass(ctx, classId, (record) => {
        const stored = record.assignments.find((a) => a.id === assignment.id)
        if (!stored) throw forbidden()
        const now = Date.now()
        const exercise: ExerciseRecord = {
          id,
          status: 'running',
          endsAt: null,
          remainingMs: durationMs,
          durationMs,
          startedAt: new Date(now).toISOString(),
          startedBy: lecturer.id,
          endedAt: null,
          submittedAt: null,
        }
        setEnd(stored, exercise, now + durationMs)
        stored.exercise = exercise
        return { record, assignment: stored, exercise }
      })
      index.set(id, classId)
      clock.arm(classId, located.exercise)
      announce('started', located)
      return {
        id,
        assignmentId: assignment.id,
        endsAt: located.exercise.endsAt ?? '',
        workspaces: exerciseWorkspaces(located.record, located.assignment),
      }
    },

    /** The state, for lecturers and students of the class (a student also gets their workspace). */
    async get(user: AuthUser, exerciseId: string): Promise<ExerciseState> {
      const located = await locate(exerciseId)
      const { record } = located
      if (user.role === 'lecturer') {
        if (!record.lecturerIds.includes(user.id)) throw forbidden()
        return view(located, null)
      }
      const student = record.students.find((s) => s.id === user.id)
      if (!student) throw forbidden()
      const mine = recipientsOf(record, located.assignment).find((r) => r.userId === user.id)
      return view(located, mine?.workspaceId ?? null)
    },

    pause: (user: AuthUser, exerciseId: string) =>
      transition(user, exerciseId, 'paused', async ({ record, assignment, exercise }, now) => {
        if (exercise.status !== 'running')
          throw refused('exercise_not_running', `The exercise is ${exercise.status}.`)
        exercise.remainingMs = Math.max(0, Date.parse(exercise.endsAt ?? '') - now)
        exercise.status = 'paused'
        exercise.endsAt = null
        // Before the record says "paused": no update slips in once students reconnect read-only.
        for (const workspaceId of openWorkspaceIds(record, assignment)) await ctx.documents.lock(workspaceId)
      }),

    resume: (user: AuthUser, exerciseId: string) =>
      transition(user, exerciseId, 'resumed', ({ record, assignment, exercise }, now) => {
        if (exercise.status !== 'paused')
          throw refused('exercise_not_paused', `The exercise is ${exercise.status}.`)
        exercise.status = 'running'
        setEnd(assignment, exercise, now + exercise.remainingMs)
        for (const workspaceId of openWorkspaceIds(record, assignment)) ctx.documents.unlock(workspaceId)
      }),

    extend: (user: AuthUser, exerciseId: string, minutes: number) =>
      transition(user, exerciseId, 'extended', ({ assignment, exercise }) => {
        const ms = Math.round(minutes * 60_000)
        if (exercise.status === 'ended') throw refused('exercise_ended', 'The exercise has ended.')
        exercise.durationMs += ms
        if (exercise.status === 'paused') exercise.remainingMs += ms
        else setEnd(assignment, exercise, Date.parse(exercise.endsAt ?? '') + ms)
      }),

    /** End now (lecturer): every open workspace is submitted as the system; 409 when already ended. */
    async end(user: AuthUser, exerciseId: string): Promise<ExerciseState> {
      const { record } = await locateAsLecturer(user, exerciseId)
      // The clock ends an archived class's exercise at its time; a lecturer does not change the class.
      assertWritable(record)
      if (!(await clock.end(record.id, exerciseId, 'lecturer')))
        throw refused('exercise_ended', 'The exercise has ended.')
      return view(await locate(exerciseId), null)
    },

    /** A short message to every student of the class. */
    async broadcast(user: AuthUser, exerciseId: string, message: string): Promise<{ serverNow: string }> {
      const { record, exercise } = await locateAsLecturer(user, exerciseId)
      assertWritable(record)
      const serverNow = new Date().toISOString()
      ctx.events.emit('exercise:message', { classId: record.id, exerciseId: exercise.id, message, serverNow })
      return { serverNow }
    },

    /**
     * Form teams of `teamSize` from the class's students without a team while the exercise is not ended (409
     * after); the new teams get their workspaces and their students are placed (see `placement`).
     */
    async formTeams(user: AuthUser, exerciseId: string, teamSize: number): Promise<FormedExerciseTeams> {
      const { record } = await locateAsLecturer(user, exerciseId)
      const moved = await formTeams(ctx, user, record.id, teamSize, (current) => {
        const found = findExercise(current, exerciseId)
        if (!found) throw forbidden()
        if (found.exercise.status === 'ended') throw refused('exercise_ended', 'The exercise has ended.')
      })
      const located = await locate(exerciseId)
      return { teams: formedTeams(located.record, located.assignment.id, moved), state: view(located, null) }
    },

    /**
     * The clock a student placed in a team now hears as `exercise:started`: the newest exercise of the class not
     * ended in which their team has a workspace; undefined when there is none.
     */
    async placement(classId: string, userId: string): Promise<ExerciseEvent | undefined> {
      const record = await ctx.storage.classes.get(classId)
      return record && placementOf(record, userId)
    },

    /** The exercise for a lecturer of its class; 403 for anyone else, whether or not it exists. */
    locateAsLecturer,

    /** Where an exercise stands (for the real-time layer); undefined when unknown. */
    locate: (exerciseId: string) => locate(exerciseId).catch(() => undefined),

    /** Every exercise known, with its class (the live overview tracks those not ended at start). */
    all: () => [...index.entries()].map(([exerciseId, classId]) => ({ exerciseId, classId })),

    /** Re-arm clocks from the stored state: running timers, paused locks, an end whose submissions did not finish. */
    async start(): Promise<void> {
      for (const record of await ctx.storage.classes.list()) {
        for (const assignment of record.assignments) {
          const exercise = assignment.exercise
          if (!exercise) continue
          index.set(exercise.id, record.id)
          if (exercise.status === 'running') clock.arm(record.id, exercise)
          if (exercise.status === 'paused') {
            for (const workspaceId of openWorkspaceIds(record, assignment))
              await ctx.documents.lock(workspaceId)
          }
          if (exercise.status === 'ended' && !exercise.submittedAt)
            await clock.submitAll(record.id, exercise.id)
        }
      }
    },

    stop: () => clock.stop(),
  }
}

/** The exercise service. */
export type ExerciseService = ReturnType<typeof createExerciseService>
