import { ErrorCode, type ErrorBody } from '../../../cases/contracts/errors'

/** An API call that failed: `status` 0 means the network was unreachable. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds the server asked to wait (its Retry-After header), when it named them. */
    readonly retryAfterSeconds?: number,
    /** The distinct case of a generic code (`error.reason`), when the server named one. */
    readonly reason?: string,
    /** On a validation error, the path of the first bad field (`criteria.0.title.id`). */
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return typeof error === 'object' && error !== null && 'message' in error
}

/** Call the JSON API with the session cookie; resolves to the parsed body or throws an ApiError. */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'network', 'Network unreachable')
  }
  const text = await response.text()
  let parsed: unknown = undefined
  if (text) {
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = undefined
    }
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN)
    const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined
    if (isErrorBody(parsed))
      throw new ApiError(
        response.status,
        parsed.error.code,
        parsed.error.message,
        wait,
        parsed.error.reason,
        parsed.error.field,
      )
    throw new ApiError(response.status, 'http', `${response.status} ${response.statusText}`)
  }
  return parsed as T
}

/** A socket.io acknowledgement's `{code, message, reason?}` as an ApiError, so the UI translates it alike. */
export function ackError(error: {
  code: string
  message: string
  reason?: string
  field?: string
}): ApiError {
  const status = (ErrorCode as Record<string, number>)[error.code] ?? 500
  return new ApiError(status, error.code, error.message, undefined, error.reason, error.field)
}
