/**
 * Limits of a live exercise's help requests, shared by the server's checks and the student's form. In their own file
 * without zod, so the workspace page can read them without carrying zod (re-exported by ./exercises).
 */

/** Characters of the optional note a student sends with a help request (plain text). */
export const HELP_NOTE_MAX = 300
