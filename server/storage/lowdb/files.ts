import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { JSONFile } from 'lowdb/node'
import type { z } from 'zod'
import { DIR_MODE } from '../privateModes'
import { previousOf, syncDir, writeFileDurably } from './durableFile'
import type { Quarantine } from './quarantine'
import { readRecord } from './recordFile'

/** Ids become file names: only these characters, so no id can reach outside its folder. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** Whether an id can be used as a file name. */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id)
}

/** The JSON file of record `id` in `dir`; throws for ids that are not safe file names. */
export function recordPath(dir: string, id: string, suffix = '.json'): string {
  if (!isSafeId(id)) throw new Error(`Unsafe record id: ${JSON.stringify(id)}`)
  return path.join(dir, `${id}${suffix}`)
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}

/**
 * Create `dir` (and its missing parents) durably: a new folder is reachable after a power loss only once the
 * folder holding its entry is synced, and a file written inside a folder that vanished would be lost with it.
 */
async function makeDirDurably(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true, mode: DIR_MODE })
  if (first === undefined) return
  // mkdir returns the outermost folder it created; every folder from there down to `dir` is new.
  const created: string[] = []
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    created.push(current)
    if (current === path.resolve(first) || current === path.dirname(current)) break
  }
  for (const folder of created) await syncDir(path.dirname(folder))
}

/**
 * Create `dir` and remove temporary files a crash left behind. Every write goes to a temp file beside its
 * target (steno's `.name.tmp`, writeFileDurably's `.name.<uuid>.tmp`) and is renamed over it, so a leftover
 * temp file is an unfinished write whose previous version is still intact.
 */
export async function prepareDir(dir: string): Promise<string[]> {
  await makeDirDurably(dir)
  const names = await readdir(dir)
  const temps = names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'))
  await Promise.all(temps.map((n) => rm(path.join(dir, n), { force: true })))
  return names.filter((n) => !n.startsWith('.') && n.endsWith('.json'))
}

/** Read a JSON file through lowdb's adapter; null when it does not exist. */
export async function readJson<T>(file: string): Promise<T | null> {
  try {
    return await new JSONFile<T>(file).read()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Cannot read ${file}: ${reason}`)
  }
}

/**
 * Replace `file` with `value` as JSON, durable once this resolves (a REST write answers 2xx only after it).
 * The text is exactly what lowdb's JSONFile writes, so files written before and after read the same.
 */
export function writeJson(file: string, value: unknown): Promise<void> {
  // Every record file keeps the version it replaces as <name>.prev: what a damaged file is replaced by.
  return writeFileDurably(file, JSON.stringify(value, null, 2), { previous: 'keep' })
}

/**
 * Remove a file or a whole folder and sync the folder that held it, so the removal survives a power loss
 * (otherwise a deleted record could come back). Nothing to remove, or no parent folder, is not an error.
 */
export async function removeDurably(target: string): Promise<void> {
  // Its previous version too: deleted data must not come back as a fallback (and privacy: delete means delete).
  await Promise.all([rm(target, { recursive: true, force: true }), rm(previousOf(target), { force: true })])
  try {
    await syncDir(path.dirname(target))
  } catch (error) {
    // The parent folder never existed, so neither did `target`: there is no entry to make durable.
    if (!isErrno(error, 'ENOENT')) throw error
  }
}

/**
 * Read every `*.json` record of a folder (skipping names with more dots, such as `x.analysis.json`), checking each
 * one's shape; a damaged one is replaced by its previous version or, with none, left out and reported (readRecord).
 */
export async function readRecords<T>(
  quarantine: Quarantine,
  dir: string,
  names: readonly string[],
  schema: z.ZodType,
  what: (id: string) => string,
): Promise<T[]> {
  const records = names
    .map((n) => n.slice(0, -'.json'.length))
    .filter(isSafeId)
    .map((id) => readRecord<T>(quarantine, path.join(dir, `${id}.json`), schema, { what: what(id) }))
  const read = await Promise.all(records)
  return read.flatMap((r) => (r.kind === 'ok' ? [r.value] : []))
}
