import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../logger'
import { FILE_MODE, writeFileDurably } from './lowdb/durableFile'

/** 32 random bytes as 64 hex digits and a newline: readable, so an operator can check a copy. */
const SECRET_TEXT = /^[0-9a-f]{64}\n?$/

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
}

/**
 * Create `file` holding a new secret, 0600; false when it already exists. Written whole to a temp file and then
 * linked to its name, so a crash never leaves an empty or half-written secret behind.
 */
async function create(file: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  try {
    await writeFileDurably(file, `${randomBytes(32).toString('hex')}\n`, { exclusive: true })
    return true
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false
    throw error
  }
}

/**
 * The server secret (SECRET_FILE, by default `<DATA_DIR>.secret`): read, or created on first start with 32
 * random bytes, mode 0600. It lives outside the data folder so that a copy of the data (a backup, a leaked
 * folder) holds no key to test return codes against offline. A file that is not a secret stops the start
 * with one line: a fresh key would silently invalidate every return code.
 */
export async function loadServerSecret(file: string, logger: Logger): Promise<Buffer> {
  if (await create(file)) {
    // Warned, not informed: on a folder that already has students, their return codes stop working now.
    logger.warn(
      `created a new server secret ${file}: back it up apart from the data folder; return codes given under an earlier secret no longer work (lecturers give new ones, see docs/operations.md)`,
    )
  }
  const text = await readFile(file, 'utf8')
  if (!SECRET_TEXT.test(text)) {
    throw new Error(`The server secret ${file} is damaged (expected 64 hex digits); see docs/operations.md`)
  }
  if (((await stat(file)).mode & 0o777) !== FILE_MODE) {
    await chmod(file, FILE_MODE)
    logger.warn(`the server secret ${file} could be read by others: its mode is now 0600`)
  }
  return Buffer.from(text.trim(), 'hex')
}
