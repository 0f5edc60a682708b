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

/** Every error response body: `{"error":{"code":"…","message":"…"}}`. */
export interface ErrorBody {
  error: { code: ErrorCodeName; message: string }
}
