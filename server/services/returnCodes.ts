import { createHmac } from 'node:crypto'
import { sha256 } from './secrets'

/** Stored return codes keyed by the server secret: `hmac-sha256:<hex>`. */
const PREFIX = 'hmac-sha256:'

/** How a return code is stored: an HMAC-SHA-256 under the server secret (see server/storage/serverSecret.ts). */
export function hashReturnCode(key: Buffer, code: string): string {
  return `${PREFIX}${createHmac('sha256', key).update(code).digest('hex')}`
}

/**
 * The stored forms a (normalised) return code may have: the current HMAC, and the unsalted SHA-256 hex that
 * earlier versions stored, which still lets its student in and is then replaced by the HMAC.
 */
export function storedFormsOf(key: Buffer, code: string): { current: string; legacy: string } {
  return { current: hashReturnCode(key, code), legacy: sha256(code) }
}
