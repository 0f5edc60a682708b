/**
 * The id of `submittedBy` when the server locked the work at the due time. In its own file without zod, so client
 * pages can read it without carrying zod (re-exported by ./http).
 */
export const SYSTEM_SUBMITTER_ID = 'system'
