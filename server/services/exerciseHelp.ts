import type { HelpAcknowledgePayload, HelpRequest, HelpRequestPayload } from '../../cases/contracts/exercises'
import type { ExerciseRecord } from '../storage/types'
import { assertWritable, changeClass, type ServiceContext } from './context'
import { forbidden, refused } from './errors'
import type { ExerciseService } from './exercises'
import { findExercise, recipientsOf } from './exerciseState'
import type { AuthUser } from './ports'
import { newId } from './secrets'

/** Acknowledged requests kept per exercise (the newest); open ones are always kept. */
const KEEP_ACKNOWLEDGED = 50

/** The open (not yet acknowledged) help requests of an exercise. */
export function openHelp(exercise: ExerciseRecord): HelpRequest[] {
  return (exercise.help ?? []).filter((r) => !r.acknowledgedAt)
}

/** Drop the oldest acknowledged requests beyond the limit, so a long exercise's record stays small. */
function prune(list: HelpRequest[]): HelpRequest[] {
  const acknowledged = list.filter((r) => r.acknowledgedAt)
  const drop = new Set(acknowledged.slice(0, Math.max(0, acknowledged.length - KEEP_ACKNOWLEDGED)))
  return list.filter((r) => !drop.has(r))
}

/**
 * Help requests ("raise a hand") of live exercises, stored in the exercise's record (in its class) so an
 * open hand survives a restart. Written only when a hand is raised or acknowledged, under the class lock.
 */
export function createHelpService(ctx: ServiceContext, exercises: ExerciseService) {
  return {
    /** A student of a team in the exercise raises the team's hand; an already open request is returned, unwritten. */
    async request(user: AuthUser, payload: HelpRequestPayload): Promise<{ requestId: string }> {
      if (user.role !== 'student') throw refused('students_only', 'Only students can ask for help.')
      const located = await exercises.locate(payload.exerciseId)
      if (!located) throw forbidden()
      const classId = located.record.id
      // Under the class lock like changeClass, but an already open hand is answered without writing the class again.
      const { request, raised } = await ctx.classLocks.run(classId, async () => {
        const record = await ctx.storage.classes.get(classId)
        if (!record) throw forbidden()
        const found = findExercise(record, payload.exerciseId)
        if (!found) throw forbidden()
        const mine = recipientsOf(record, found.assignment).some((r) => r.userId === user.id)
        const student = record.students.find((s) => s.id === user.id)
        const teamId = student?.teamId
        if (!mine || !student || !teamId) throw forbidden()
        assertWritable(record)
        if (found.exercise.status === 'ended') throw refused('exercise_ended', 'The exercise has ended.')
        const open = openHelp(found.exercise).find((r) => r.teamId === teamId)
        if (open) return { request: open, raised: false }
        const created: HelpRequest = {
          id: newId(),
          exerciseId: found.exercise.id,
          teamId,
          userId: user.id,
          userName: student.name,
          message: payload.message || null,
          requestedAt: new Date().toISOString(),
          acknowledgedAt: null,
        }
        found.exercise.help = prune([...(found.exercise.help ?? []), created])
        await ctx.storage.classes.put(record)
        return { request: created, raised: true }
      })
      if (raised) {
        ctx.events.emit('help:changed', {
          classId,
          exerciseId: request.exerciseId,
          teamId: request.teamId,
          requests: [request],
          raised: true,
        })
      }
      return { requestId: request.id }
    },

    /** A lecturer of the class acknowledges one request or every open one of a team; 404 when none is open. */
    async acknowledge(user: AuthUser, payload: HelpAcknowledgePayload): Promise<{ requestIds: string[] }> {
      if (user.role !== 'lecturer') throw refused('lecturers_only', 'Only lecturers can acknowledge.')
      const located = await exercises.locate(payload.exerciseId)
      if (!located || !located.record.lecturerIds.includes(user.id)) throw forbidden()
      const classId = located.record.id
      const { teamId, acknowledged } = await changeClass(ctx, classId, (record) => {
        const found = findExercise(record, payload.exerciseId)
        if (!found || !record.lecturerIds.includes(user.id)) throw forbidden()
        const matching = openHelp(found.exercise).filter((r) =>
          payload.requestId ? r.id === payload.requestId : r.teamId === payload.teamId,
        )
        const first = matching[0]
        if (!first) throw refused('help_request_not_found', 'No open help request matches.')
        const now = new Date().toISOString()
        for (const r of matching) r.acknowledgedAt = now
        found.exercise.help = prune(found.exercise.help ?? [])
        return { teamId: first.teamId, acknowledged: matching }
      })
      ctx.events.emit('help:changed', {
        classId,
        exerciseId: payload.exerciseId,
        teamId,
        requests: acknowledged,
        raised: false,
      })
      return { requestIds: acknowledged.map((r) => r.id) }
    },
  }
}

/** The help service. */
export type HelpService = ReturnType<typeof createHelpService>
