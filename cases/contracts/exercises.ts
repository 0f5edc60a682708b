import { z } from 'zod'
import { HELP_NOTE_MAX } from './exerciseLimits'

/** Status of a live exercise. */
export type ExerciseStatus = 'running' | 'paused' | 'ended'

/** Why an exercise ended: its time ran out, or a lecturer ended it early. */
export type ExerciseEndReason = 'time' | 'lecturer'

/** POST /api/classes/:classId/exercises: a timed assignment started at once (fractional minutes allowed). */
export const createExerciseBody = z.object({
  caseId: z.string().trim().min(1).max(100),
  templates: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
  durationMinutes: z.number().positive().max(600),
  /** Form teams of this size first from the students who joined and have no team. */
  teamSize: z.number().int().min(1).max(20).optional(),
  title: z.string().trim().min(1).max(160).optional(),
})
/** Body of POST /api/exercises/:id/extend. */
export const extendExerciseBody = z.object({ minutes: z.number().positive().max(600) })
/** Body of POST /api/exercises/:id/teams: form teams of this size from the students without a team. */
export const formExerciseTeamsBody = z.object({ teamSize: z.number().int().min(1).max(8) })
/** Body of POST /api/exercises/:id/broadcast. */
export const broadcastBody = z.object({ message: z.string().trim().min(1).max(500) })

export { HELP_NOTE_MAX } from './exerciseLimits'

/** Payload a student sends with `help:request`: an optional short note (plain text, shown as text). */
export const helpRequestPayload = z.object({
  exerciseId: z.string().min(1).max(100),
  message: z.string().trim().max(HELP_NOTE_MAX).optional(),
})
/** Payload a lecturer sends with `help:acknowledge`: one request, or every open request of a team. */
export const helpAcknowledgePayload = z
  .object({
    exerciseId: z.string().min(1).max(100),
    teamId: z.string().min(1).max(100).optional(),
    requestId: z.string().min(1).max(100).optional(),
  })
  .refine((p) => p.teamId !== undefined || p.requestId !== undefined, 'teamId or requestId is required')

export type CreateExerciseBody = z.input<typeof createExerciseBody>
export type HelpRequestPayload = z.infer<typeof helpRequestPayload>
export type HelpAcknowledgePayload = z.infer<typeof helpAcknowledgePayload>

/** 201 answer of POST /api/classes/:classId/exercises. */
export interface CreatedExercise {
  id: string
  assignmentId: string
  endsAt: string
  workspaces: { id: string; teamId: string }[]
}

/** GET /api/exercises/:id. `endsAt` is null while paused; `remainingMs` is always set. */
export interface ExerciseState {
  id: string
  classId: string
  assignmentId: string
  status: ExerciseStatus
  endsAt: string | null
  serverNow: string
  remainingMs: number
  durationMs: number
  startedAt: string
  endedAt: string | null
  /** Why it ended (null before the end and for exercises ended by an earlier version). */
  endedBy: ExerciseEndReason | null
  /** The asking student's workspace (null for lecturers or students without a team in it). */
  workspaceId: string | null
  workspaces: { id: string; teamId: string }[]
}

/** A team formed while an exercise runs, with its workspace in the exercise. */
export interface FormedTeam {
  teamId: string
  workspaceId: string
  members: { id: string; name: string }[]
}

/** 200 answer of POST /api/exercises/:id/teams: the new teams (empty when nobody was waiting) and the state now. */
export interface FormedExerciseTeams {
  teams: FormedTeam[]
  state: ExerciseState
}

/** Payload of exercise:started|paused|resumed|extended|ended (workspaceId: the receiving student's; null for lecturers). */
export interface ExerciseEvent {
  exerciseId: string
  status: ExerciseStatus
  endsAt: string | null
  serverNow: string
  remainingMs: number
  workspaceId: string | null
  /** Why it ended (null before the end; added later, so older clients ignore it). */
  endedBy: ExerciseEndReason | null
}

/** Payload of exercise:message. */
export interface ExerciseMessageEvent {
  exerciseId: string
  message: string
  serverNow: string
}

/** An open or acknowledged help request. */
export interface HelpRequest {
  id: string
  exerciseId: string
  teamId: string
  userId: string
  /** The student who asked, as the class knows them (absent in requests stored by earlier versions). */
  userName?: string
  /** The student's optional short note (plain text). */
  message: string | null
  requestedAt: string
  acknowledgedAt: string | null
}

/** One team's row of the live overview. */
export interface ExerciseTeamProgress {
  teamId: string
  workspaceId: string
  /** Per template id: fields filled out of the total (a collection section counts as one). */
  progress: Record<string, { filled: number; total: number }>
  /** Members with a document connection open now. */
  online: number
  lastActivity: string | null
  /** Minutes since the epoch in which the team's document changed while tracked, oldest first, at most the latest
   * 30 (the control room's timeline; absent from servers before issue 13). */
  activeMinutes?: number[]
  /** Open (not yet acknowledged) help requests. */
  help: HelpRequest[]
}

/** Payload of exercise:progress (to the class's lecturers). */
export interface ExerciseProgressEvent {
  exerciseId: string
  teams: ExerciseTeamProgress[]
}

/**
 * GET /api/exercises/:id/overview (lecturers of the class): the same rows as `exercise:progress`, for a control
 * room opened later or after the end. `online` is 0 here (members online are pushed only).
 */
export type ExerciseOverview = ExerciseProgressEvent

/** Acknowledgement of socket.io requests (help:request, help:acknowledge). */
export type SocketAck<T> =
  ({ ok: true } & T) | { ok: false; error: { code: string; message: string; reason?: string } }
