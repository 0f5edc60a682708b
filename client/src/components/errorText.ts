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

/** A field path as words: `criteria.0.title.id` → "kriteria 1 › judul › Indonesia" (unknown keys as they are). */
export function fieldName(t: TFunction, path: string): string {
  const words: string[] = []
  for (const part of path.split('.')) {
    const last = words.length - 1
    if (/^\d+$/.test(part) && last >= 0) words[last] = `${words[last]} ${Number(part) + 1}`
    else words.push(t(`errors.fields.${part}`, { defaultValue: part }))
  }
  return words.join(' › ')
}

/**
 * The text of an error in the user's language: the server's reason first, then its code, then a generic note.
 * Never the server's own (English) message: that is for logs and scripts.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network')
    if (isReason(error.reason)) return t(`errors.reasons.${error.reason}`)
    if (error.code === 'validation' && error.field)
      return t('errors.invalidField', { field: fieldName(t, error.field) })
    if (isCode(error.code)) return t(`errors.codes.${error.code}`)
    return t('errors.unknown')
  }
  // Errors raised in the browser itself carry text written for the user.
  if (error instanceof Error && error.message) return error.message
  return t('errors.unknown')
}
