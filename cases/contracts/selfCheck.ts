import { z } from 'zod'
import { SELF_CHECK_NOTE_MAX } from '../selfCheck/limits'
import { TUCKMAN_INDICATOR_KEYS, TUCKMAN_STAGES, type TuckmanStage } from '../selfCheck/stages'

const knownIndicator = z.string().refine((key) => TUCKMAN_INDICATOR_KEYS.includes(key), {
  message: 'not an indicator of any stage',
})

/** PUT /api/workspaces/:id/self-check: one member's view of which stage the team is at now. */
export const putSelfCheckBody = z.object({
  stage: z.enum(TUCKMAN_STAGES),
  indicators: z
    .array(knownIndicator)
    .max(TUCKMAN_INDICATOR_KEYS.length)
    .refine((keys) => new Set(keys).size === keys.length, 'indicators must not repeat'),
  note: z.string().trim().max(SELF_CHECK_NOTE_MAX).optional(),
})

/** A parsed PUT /api/workspaces/:id/self-check body. */
export type PutSelfCheckBody = z.output<typeof putSelfCheckBody>

/** One member's latest answer. */
export interface SelfCheckAnswer {
  stage: TuckmanStage
  indicators: string[]
  note: string
  answeredAt: string
}

/** What the team sees: counts only, never who answered what. */
export interface SelfCheckTeam {
  /** Members of the team now. */
  members: number
  /** How many of them have answered. */
  responses: number
  byStage: Record<TuckmanStage, number>
  /** Indicator key → how many members observe it (only keys someone ticked). */
  indicators: Record<string, number>
  /** The answers span two or more stages: a prompt to discuss it is shown. */
  spread: boolean
}

/** One member's answer with their name (lecturers only). */
export interface SelfCheckNamedAnswer extends SelfCheckAnswer {
  userId: string
  name: string
}

/** GET/PUT /api/workspaces/:id/self-check. `mine` is null for lecturers; `answers` only for lecturers. */
export interface SelfCheckView {
  workspaceId: string
  mine: SelfCheckAnswer | null
  team: SelfCheckTeam
  answers?: SelfCheckNamedAnswer[]
}

/** Payload of the socket.io event `selfcheck:changed`: refetch the workspace's self-check. */
export interface SelfCheckChangedEvent {
  workspaceId: string
}
