import type { HelpAcknowledgePayload, HelpRequest, HelpRequestPayload } from '../../cases/contracts/exercises'
import type { ServiceContext } from './context'
import { conflict, forbidden, notFound } from './errors'
import type { ExerciseService } from './exercises'
import { recipientsOf } from './exerciseState'
import type { AuthUser } from './ports'
import { newId } from './secrets'

/**
 * Help requests ("raise a hand") of live exercises. Kept in memory: they matter only while the exercise runs
 * in the room, and a restart simply forgets open hands (students raise them again).
 */
export function createHelpService(ctx: ServiceContext, exercises: ExerciseService) {
  const byExercise = new Map<string, HelpRequest[]>()
  const listOf = (exerciseId: string) => {
    let list = byExercise.get(exerciseId)
    if (!list) byExercise.set(exerciseId, (list = []))
    return list
  }

  return {
    /** A student of a team in the exercise raises the team's hand; an already open request is returned. */
    async request(user: AuthUser, payload: HelpRequestPayload): Promise<{ requestId: string }> {
      if (user.role !== 'student') throw forbidden('Only students can ask for help.')
      const located = await exercises.locate(payload.exerciseId)
      if (!located) throw forbidden()
      const { record, assignment, exercise } = located
      const mine = recipientsOf(record, assignment).find((r) => r.userId === user.id)
      const teamId = record.students.find((s) => s.id === user.id)?.teamId
      if (!mine || !teamId) throw forbidden()
      if (exercise.status === 'ended') throw conflict('The exercise has ended.')
      const list = listOf(exercise.id)
      const open = list.find((r) => r.teamId === teamId && !r.acknowledgedAt)
      if (open) return { requestId: open.id }
      const request: HelpRequest = {
        id: newId(),
        exerciseId: exercise.id,
        teamId,
        userId: user.id,
        message: payload.message || null,
        requestedAt: new Date().toISOString(),
        acknowledgedAt: null,
      }
      list.push(request)
      ctx.events.emit('help:changed', {
        classId: record.id,
        exerciseId: exercise.id,
        teamId,
        requests: [request],
        raised: true,
      })
      return { requestId: request.id }
    },

    /** A lecturer of the class acknowledges one request or every open one of a team; 404 when none is open. */
    async acknowledge(user: AuthUser, payload: HelpAcknowledgePayload): Promise<{ requestIds: string[] }> {
      if (user.role !== 'lecturer') throw forbidden('Only lecturers can acknowledge.')
      const located = await exercises.locate(payload.exerciseId)
      if (!located || !located.record.lecturerIds.includes(user.id)) throw forbidden()
      const open = listOf(located.exercise.id).filter(
        (r) =>
          !r.acknowledgedAt && (payload.requestId ? r.id === payload.requestId : r.teamId === payload.teamId),
      )
      const first = open[0]
      if (!first) throw notFound('No open help request matches.')
      const now = new Date().toISOString()
      for (const r of open) r.acknowledgedAt = now
      ctx.events.emit('help:changed', {
        classId: located.record.id,
        exerciseId: located.exercise.id,
        teamId: first.teamId,
        requests: open,
        raised: false,
      })
      return { requestIds: open.map((r) => r.id) }
    },

    /** Open requests of one exercise (for the live overview). */
    open: (exerciseId: string): HelpRequest[] =>
      (byExercise.get(exerciseId) ?? []).filter((r) => !r.acknowledgedAt),
  }
}

/** The help service. */
export type HelpService = ReturnType<typeof createHelpService>
