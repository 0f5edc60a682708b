import { createHash, randomBytes, randomInt } from 'node:crypto'

/** A new random id: 96 bits, base64url (safe in URLs, file names and Yjs room names). */
export function newId(): string {
  return randomBytes(12).toString('base64url')
}

/** A new session token: 32 random bytes, base64url. Only its SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** SHA-256 hex of a secret (tokens, return codes). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

/** Letters and digits that cannot be confused when read aloud or written down: no 0/O, 1/I/L, U. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A random code of `length` characters from CODE_ALPHABET (log2(30) ≈ 4.9 bits each). */
export function randomCode(length: number): string {
  let code = ''
  for (let i = 0; i < length; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** Join codes: 9 characters, ≈ 44 bits. */
export const JOIN_CODE_LENGTH = 9
/** Return codes: 10 characters, ≈ 49 bits. */
export const RETURN_CODE_LENGTH = 10

/** The way people type codes does not matter: case, spaces and dashes are ignored. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

/** Show a code in groups for reading aloud: `ABC-DEF-GHJ` (join) or `ABCDE-FGHJK` (return). */
export function formatCode(code: string, group: number): string {
  return code.match(new RegExp(`.{1,${group}}`, 'g'))?.join('-') ?? code
}

/** A join code as shown to people, or null when the code is closed. */
export function showJoinCode(code: string | null): string | null {
  return code === null ? null : formatCode(code, 3)
}
