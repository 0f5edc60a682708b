import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { JSONFile } from 'lowdb/node'

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

/**
 * Create `dir` and remove temporary files a crash left behind. steno writes `.name.tmp` and renames it over
 * `name`, so a leftover temp file is an unfinished write whose previous version is still intact.
 */
export async function prepareDir(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true })
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

/** Read every `*.json` record of a folder (skipping names with more dots, such as `x.analysis.json`). */
export async function readRecords<T>(dir: string, names: readonly string[]): Promise<T[]> {
  const records = names
    .filter((n) => isSafeId(n.slice(0, -'.json'.length)))
    .map((n) => readJson<T>(path.join(dir, n)))
  return (await Promise.all(records)).filter((r): r is Awaited<T> & T => r !== null)
}
