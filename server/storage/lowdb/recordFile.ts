import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { previousOf, writeFileDurably } from './durableFile'
import type { Quarantine } from './quarantine'

/** A record file as read: its value, absent (no such file), or unavailable (damaged, no good version left). */
export type ReadRecord<T> =
  | { kind: 'ok'; value: T; /** the file was damaged and its previous version put back */ recovered: boolean }
  | { kind: 'absent' }
  | { kind: 'unavailable'; reason: string }

/** How to describe a record file in the problems it causes. */
export interface RecordSubject {
  /** What the file holds, e.g. `class 3fa…` or `the lecturer accounts`. */
  what: string
  /** What a recovery from the previous version means for it (default: its last change may be lost). */
  recovered?: string
}

type Parsed = { ok: true; value: unknown; text: string } | { ok: false; reason: string; missing: boolean }

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT'
}

async function parse(file: string, schema: z.ZodType): Promise<Parsed> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissing(error)) return { ok: false, reason: 'missing', missing: true }
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: `not JSON, truncated or garbage (${detail})`, missing: false }
  }
  const checked = schema.safeParse(json)
  // The value as stored, not zod's output (which reorders keys): the check only decides whether it is usable, and
  // some files are served byte for byte (submitted versions).
  if (checked.success) return { ok: true, value: json, text }
  const issue = checked.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
  const shape = json === null ? 'null' : `wrong shape${where}: ${issue?.message ?? 'invalid'}`
  return { ok: false, reason: shape, missing: false }
}

/**
 * Read a JSON record file and check its shape. A damaged file (truncated, garbage, `null`, wrong shape) is never
 * dropped silently and never stops the server: it is moved to the quarantine with a note, and its previous version
 * (`<name>.prev`, kept by every replacing write) is put back in its place when that one is good; only when no good
 * version exists is the record unavailable. The caller runs this inside its file queue, so no write of the same
 * file runs meanwhile (the recovery writes the file directly, not through the queue).
 */
export async function readRecord<T>(
  quarantine: Quarantine,
  file: string,
  schema: z.ZodType,
  subject: RecordSubject,
): Promise<ReadRecord<T>> {
  const current = await parse(file, schema)
  if (current.ok) return { kind: 'ok', value: current.value as T, recovered: false }
  const rel = quarantine.relative(file)
  if (current.missing) {
    if (!quarantine.isUnavailable(rel)) return { kind: 'absent' }
    return { kind: 'unavailable', reason: `${rel} is in the quarantine with no good version` }
  }

  const prevFile = previousOf(file)
  const previous = await parse(prevFile, schema)
  if (previous.ok) {
    await quarantine.put(file, {
      code: 'DAMAGED_FILE',
      message: `${rel} was damaged (${current.reason}); ${subject.what} was restored from its previous version (${rel}.prev)${subject.recovered ? `, ${subject.recovered}` : ': its last change may be lost'}`,
    })
    // The previous version becomes the file again (a new copy: .prev stays as it is until the next write).
    await writeFileDurably(file, previous.text)
    return { kind: 'ok', value: previous.value as T, recovered: true }
  }
  const why = previous.missing
    ? 'no previous version exists'
    : `its previous version is damaged too (${previous.reason})`
  const reason = `${rel} is damaged (${current.reason}) and ${why}`
  await quarantine.put(file, {
    code: 'RECORD_UNAVAILABLE',
    message: `${subject.what} is unavailable: ${reason}`,
  })
  if (!previous.missing)
    await quarantine.put(prevFile, {
      code: 'RECORD_UNAVAILABLE',
      message: `${subject.what} is unavailable: the previous version ${rel}.prev is damaged too (${previous.reason})`,
    })
  return { kind: 'unavailable', reason }
}
