/** Longest note a member may add to their self-check (no zod here, so the client can import it alone). */
export const SELF_CHECK_NOTE_MAX = 500
