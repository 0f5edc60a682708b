import {
  ErrorCode,
  ErrorReason,
  type ErrorCodeName,
  type ErrorReasonName,
} from '../../cases/contracts/errors'

/** A failure with a stable code (cases/contracts/errors.ts); HTTP turns it into `{error:{code,message}}`. */
export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCodeName,
    message: string,
    /** Seconds the caller should wait (rate limits). */
    readonly retryAfterSeconds?: number,
    /** The distinct case of a generic code, for the client's translated text. */
    readonly reason?: ErrorReasonName,
    /** On a validation error: the path of the bad field, so the client can say which one. */
    readonly field?: string,
  ) {
    super(message)
    this.status = ErrorCode[code]
  }
}

/** 403: the same answer whether or not the thing exists, so nothing leaks. */
export const forbidden = (message = 'You do not have access to this.') => new AppError('forbidden', message)

/** 400 naming the field. */
export const invalid = (field: string, message: string) =>
  new AppError('validation', `${field}: ${message}`, undefined, undefined, field)

/** 404. */
export const notFound = (message: string) => new AppError('not_found', message)

/** 409. */
export const conflict = (message: string) => new AppError('conflict', message)

/** A user-facing failure with its own reason; the reason decides the code (cases/contracts/errors.ts). */
export const refused = (reason: ErrorReasonName, message: string) =>
  new AppError(ErrorReason[reason], message, undefined, reason)
