/** Stable error codes of the HTTP API, with the status each one goes with. */
export const ErrorCode = {
  validation: 400,
  bad_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  /** A student who has a team asked to move while the lecturer keeps team moves closed. */
  team_moves_locked: 403,
  /** Registration is by invitation (REGISTRATION=invite) and none was given. */
  invitation_required: 403,
  /** The invitation is unknown, used, expired or revoked. */
  invitation_invalid: 403,
  not_found: 404,
  conflict: 409,
  name_taken: 409,
  /** The class is archived: read-only for everyone until a lecturer unarchives it. */
  class_archived: 409,
  payload_too_large: 413,
  document_too_large: 413,
  rate_limited: 429,
  too_many_joins: 429,
  too_many_signups: 429,
  internal: 500,
  storage_unavailable: 503,
} as const

/** One of the stable error codes. */
export type ErrorCodeName = keyof typeof ErrorCode

/**
 * The distinct user-facing failures that share a generic code, each with the code it goes with. A body that
 * carries one says so in `error.reason` (a stable snake_case key); scripts that read only `code` keep working.
 * The server raises them through `refused(reason, …)`, so a new reason must be added here, and the client's
 * string test then demands its Indonesian and English text.
 */
export const ErrorReason = {
  email_taken: 'conflict',
  lecturer_already_in_class: 'conflict',
  owner_cannot_be_removed: 'conflict',
  workspace_submitted: 'conflict',
  workspace_not_submitted: 'conflict',
  grade_missing: 'conflict',
  exercise_ended: 'conflict',
  exercise_not_running: 'conflict',
  exercise_not_paused: 'conflict',
  comment_has_replies: 'conflict',
  too_many_invitations: 'conflict',
  invitation_used: 'conflict',
  team_name_taken: 'conflict',
  team_not_empty: 'conflict',
  lecturers_only: 'forbidden',
  students_only: 'forbidden',
  team_members_only: 'forbidden',
  class_owner_only: 'forbidden',
  library_case_read_only: 'forbidden',
  contributions_not_shared: 'forbidden',
  author_only: 'forbidden',
  author_or_lecturer_only: 'forbidden',
  team_choice_locked: 'forbidden',
  /** A student who has a team asked to change it while a live exercise of the class runs (or is paused). */
  team_locked_during_exercise: 'forbidden',
  cross_site_request: 'forbidden',
  snapshot_not_found: 'not_found',
  version_not_found: 'not_found',
  case_not_found: 'not_found',
  help_request_not_found: 'not_found',
  lecturer_not_found: 'not_found',
  not_a_lecturer_of_class: 'not_found',
  student_not_found: 'not_found',
  team_not_found: 'not_found',
  comment_not_found: 'not_found',
  reply_not_found: 'not_found',
  invitation_not_found: 'not_found',
  comments_full: 'payload_too_large',
  too_many_comment_threads: 'payload_too_large',
  too_many_replies: 'payload_too_large',
} as const satisfies Record<string, ErrorCodeName>

/** One of the stable reasons that refine a generic error code. */
export type ErrorReasonName = keyof typeof ErrorReason

/**
 * Every error response body: `{"error":{"code":"…","message":"…"}}`, plus `reason` for a distinct case and, on a
 * `validation` error, `field`: the path of the first bad field (`criteria.0.title.id`).
 */
export interface ErrorBody {
  error: { code: ErrorCodeName; message: string; reason?: ErrorReasonName; field?: string }
}
