import { mkdir, open, readdir } from 'node:fs/promises'
import path from 'node:path'
import { LOCK_FILE } from '../storage/dataLock'
import { FILE_MODE, syncDir } from '../storage/lowdb/durableFile'
import { DIR_MODE } from '../storage/privateModes'

/** The manifest every backup ends with; restore refuses a folder without one. */
export const MANIFEST = 'backup.json'

/** backup.json: what was copied, from where, when. */
export interface BackupManifest {
  format: 'ruang-kasus-backup'
  version: 1
  /** When the copy started: everything acknowledged before this is in it. */
  startedAt: string
  finishedAt: string
  source: string
  files: number
  bytes: number
  /** Log segments listed but deleted before they were read (their records are in the snapshots copied). */
  vanished: number
}

/** What a copy wrote. */
export interface CopyTally {
  files: number
  bytes: number
  /** Files listed but gone before they could be read (a log segment compacted away, a record deleted). */
  vanished: number
}

/** A new, empty tally. */
export function newTally(): CopyTally {
  return { files: 0, bytes: 0, vanished: 0 }
}

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
}

/**
 * Names never copied: the lock (it belongs to a process, not to the data), temp files of unfinished writes
 * (`.name….tmp`: their target still holds the whole previous version) and quarantined damaged files.
 */
export function isCopied(name: string): boolean {
  if (name === LOCK_FILE || name === 'quarantine') return false
  return !(name.startsWith('.') && name.endsWith('.tmp'))
}

/** Create `dir` (0700) and its missing parents. */
export async function makeDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE })
}

/**
 * Copy one file. The source is opened once and read through that descriptor: the server replaces record
 * files by renaming a whole new version over them, so an open file is one whole version, and a log segment
 * deleted after it was opened can still be read to its end. A file gone before it was opened is counted as
 * vanished (the caller knows why that is safe). The copy is new (`wx`), 0600, and `fdatasync`ed.
 */
export async function copyFile(from: string, to: string, tally: CopyTally): Promise<void> {
  let source
  try {
    source = await open(from, 'r')
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') {
      tally.vanished += 1
      return
    }
    throw error
  }
  let data
  try {
    data = await source.readFile()
  } finally {
    await source.close()
  }
  const target = await open(to, 'wx', FILE_MODE)
  try {
    await target.writeFile(data)
    await target.datasync()
  } finally {
    await target.close()
  }
  tally.files += 1
  tally.bytes += data.byteLength
}

/** The copied entries of a folder, sorted; none when it does not exist (or vanished). */
export async function listCopied(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries
      .filter((e) => (e.isFile() || e.isDirectory()) && isCopied(e.name))
      .map((e) => ({ name: e.name, isDir: e.isDirectory() }))
      .sort((a, b) => a.name.localeCompare(b.name))
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return []
    throw error
  }
}

/** Copy folder `from` into `to` (created), file by file and folder by folder, then sync `to`. */
export async function copyTree(from: string, to: string, tally: CopyTally): Promise<void> {
  await makeDir(to)
  for (const entry of await listCopied(from)) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDir) await copyTree(source, target, tally)
    else await copyFile(source, target, tally)
  }
  await syncDir(to)
}

/** Whether `inner` is `outer` or inside it (after resolving both). */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(path.resolve(outer), path.resolve(inner))
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The one line a CLI prints for an error. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/\s*\n\s*/g, ' ')
}
