/** Stable error codes of the HTTP API, with the status each one goes with. */
export const ErrorCode = {
  validation: 400,
  bad_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  name_taken: 409,
  payload_too_large: 413,
  document_too_large: 413,
  rate_limited: 429,
  internal: 500,
  storage_unavailable: 503,
} as const

/** One of the stable error codes. */
export type ErrorCodeName = keyof typeof ErrorCode

/** Every error response body: `{"error":{"code":"…","message":"…"}}`. */
export interface ErrorBody {
  error: { code: ErrorCodeName; message: string }
}
