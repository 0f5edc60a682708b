import type { TFunction } from 'i18next'
import {
  ErrorCode,
  ErrorReason,
  type ErrorCodeName,
  type ErrorReasonName,
} from '../../../cases/contracts/errors'
import { ApiError } from '../api/client'

const isReason = (reason: string | undefined): reason is ErrorReasonName =>
  reason !== undefined && Object.hasOwn(ErrorReason, reason)
const isCode = (code: string): code is ErrorCodeName => Object.hasOwn(ErrorCode, code)

/**
 * The text of an error in the user's language: the server's reason first, then its code, then a generic note.
 * Never the server's own (English) message: that is for logs and scripts.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network')
    if (isReason(error.reason)) return t(`errors.reasons.${error.reason}`)
    if (isCode(error.code)) return t(`errors.codes.${error.code}`)
    return t('errors.unknown')
  }
  // Errors raised in the browser itself carry text written for the user.
  if (error instanceof Error && error.message) return error.message
  return t('errors.unknown')
}
