import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { ErrorBody } from '../../cases/contracts/errors'
import type { Logger } from '../logger'
import { AppError } from '../services/errors'
import { DocumentUnwritableError } from '../services/ports'
import { isStorageWriteError, type StorageFaults } from '../storageFaults'

/** An error with a stable code and its HTTP status; thrown by routes and services alike. */
export { AppError as HttpError } from '../services/errors'

/** What body-parser and the router attach to the errors they throw. */
interface ParserError {
  type?: unknown
  status?: unknown
}

function parserError(error: unknown): ParserError | null {
  return typeof error === 'object' && error !== null && ('type' in error || 'status' in error)
    ? (error as ParserError)
    : null
}

/** Turn any error into `{error:{code,message}}`; never a stack trace or a path. */
function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error
  const parsed = parserError(error)
  if (parsed?.type === 'entity.too.large')
    return new AppError('payload_too_large', 'The request body is too large.')
  if (parsed?.type === 'entity.parse.failed')
    return new AppError('bad_json', 'The request body is not valid JSON.')
  if (typeof parsed?.status === 'number' && parsed.status >= 400 && parsed.status < 500) {
    // e.g. an unsupported charset, or a malformed %-escape in the path
    return new AppError('validation', 'The request could not be read.')
  }
  return null
}

/** What a client hears when the server cannot store a change now. */
const STORAGE_UNAVAILABLE_MESSAGE =
  'The server cannot save right now (its disk is full or failing). Try again in a moment.'

/**
 * The one error handler. A storage write that failed (a full or failing disk) answers 503 `storage_unavailable`
 * and is reported to `faults`, which makes /healthz degraded until writes work again.
 */
export function errorHandler(logger: Logger, faults?: StorageFaults): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (isStorageWriteError(error)) faults?.failed('records', error)
    if (isStorageWriteError(error) || error instanceof DocumentUnwritableError)
      return void res
        .status(503)
        .json({ error: { code: 'storage_unavailable', message: STORAGE_UNAVAILABLE_MESSAGE } })
    const known = toAppError(error)
    if (!known) logger.error(`${req.method} ${req.path} failed`, error)
    const failure = known ?? new AppError('internal', 'Something went wrong on the server.')
    if (failure.retryAfterSeconds !== undefined) res.set('Retry-After', String(failure.retryAfterSeconds))
    const body: ErrorBody = { error: { code: failure.code, message: failure.message } }
    if (failure.reason) body.error.reason = failure.reason
    if (failure.field) body.error.field = failure.field
    res.status(failure.status).json(body)
  }
}

/** JSON 404 for anything under /api (and other server paths) that no route answered. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No route for ${req.method} ${req.baseUrl}${req.path}`.slice(0, 200)))
}
