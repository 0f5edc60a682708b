import { z } from 'zod'

/** The longest instructions text per language (plain text, never HTML). */
export const INSTRUCTIONS_MAX_CHARS = 4000

const instructionsText = z.string().trim().max(INSTRUCTIONS_MAX_CHARS)

/**
 * A lecturer's instructions for an assignment, in either or both languages (plain text; shown in the reader's
 * language with the other as fallback). An empty text counts as absent.
 */
export const assignmentInstructions = z.object({
  id: instructionsText.optional(),
  en: instructionsText.optional(),
})

/** An assignment's instructions as stored and served. */
export type AssignmentInstructions = z.infer<typeof assignmentInstructions>

/** A team member named in a confirmation list. */
export interface ConfirmingMember {
  id: string
  name: string
}

/**
 * Who has confirmed the submission of a workspace whose assignment has "every member must confirm" on, and who
 * still has to. Answer of `POST /api/workspaces/:id/submit` (202) and `DELETE /api/workspaces/:id/submit/confirmation`.
 */
export interface SubmitConfirmations {
  /** Whether the assignment requires every member's confirmation before the work is submitted. */
  required: boolean
  confirmed: ConfirmingMember[]
  pending: ConfirmingMember[]
}

/** Payload of the socket.io event `workspace:confirmations` (to the team and the class's lecturers). */
export interface WorkspaceConfirmationsEvent extends SubmitConfirmations {
  workspaceId: string
}
