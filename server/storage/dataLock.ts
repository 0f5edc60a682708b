import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, mkdir, open, readFile, realpath, rename, unlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'server.lock'

const FILE_MODE = 0o600

/** What the lock file records about the process holding it. */
const lockRecord = z.object({
  pid: z.number().int().positive(),
  /** Random per acquisition: tells our own lock from another one with the same pid. */
  token: z.string(),
  startedAt: z.string(),
  /** Field 22 of /proc/<pid>/stat (clock ticks since boot) when known: tells a reused pid from the holder. */
  procStart: z.string().nullable(),
  hostname: z.string(),
  command: z.string(),
})

/** The contents of a lock file. */
export type LockRecord = z.infer<typeof lockRecord>

/** A data folder is locked by a live process: its message is the one line the user sees. */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockRecord,
    dataDir: string,
    self: boolean,
  ) {
    super(
      self
        ? `This process (pid ${holder.pid}) already has ${dataDir} open: lock file ${lockFile}`
        : `Another Ruang Kasus process (pid ${holder.pid}, started ${holder.startedAt}) is using ${dataDir}: lock file ${lockFile}; stop it first`,
    )
    this.name = 'DataDirLockedError'
  }
}

/** A held lock on a data folder. */
export interface DataLock {
  readonly file: string
  /** Delete the lock file (only when it is still ours); idempotent. */
  release(): Promise<void>
}

/** Data folders this process holds, by real path: a second open in the same process is a second writer too. */
const heldHere = new Map<string, string>()

/** Our own start time as /proc records it, read once. */
let ownProcStart: string | null | undefined

/** Field 22 (starttime) of /proc/<pid>/stat, or null where /proc is not available. */
function procStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return rest[19] ?? null
  } catch {
    return null
  }
}

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined
}

/** Why a recorded holder is no longer holding the lock, or null when it is alive. */
function whyStale(holder: LockRecord, dir: string): string | null {
  if (holder.pid === process.pid) {
    // Our pid but not our lock: an earlier process had this pid (e.g. pid 1 in a restarted container).
    return heldHere.get(dir) === undefined ? `an earlier process with this pid (${holder.pid})` : null
  }
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so it is alive.
    if (errnoOf(error) === 'ESRCH') return `pid ${holder.pid} is not running`
  }
  if (holder.procStart !== null) {
    const now = procStartOf(holder.pid)
    if (now !== null && now !== holder.procStart) return `pid ${holder.pid} now belongs to another process`
  }
  return null
}

/** Read the lock file: its record, 'missing', or 'damaged' (a lock we cannot read names no live holder). */
async function readLock(file: string): Promise<LockRecord | 'missing' | 'damaged'> {
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 'missing'
    throw error
  }
  try {
    const parsed = lockRecord.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : 'damaged'
  } catch {
    return 'damaged'
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Try once to create `file` holding `record`. The record is written and synced into a temp file first and
 * then hard-linked to the lock's name: link() fails with EEXIST when the name exists (like open 'wx'), and
 * a competing process that reads the lock always finds a whole record, never an empty file it would have to
 * guess about. Returns false when the lock file exists (or may: see ENOENT below).
 */
async function tryCreate(dir: string, file: string, record: LockRecord): Promise<boolean> {
  // Ends in .tmp: a leftover from a crash right here is removed by the storage's own temp-file cleanup.
  const temp = path.join(dir, `.${LOCK_FILE}.${record.token}.tmp`)
  const handle = await open(temp, 'wx', FILE_MODE)
  try {
    await handle.writeFile(`${JSON.stringify(record)}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await link(temp, file)
  } catch (error) {
    // ENOENT: our temp file was removed under us, by the temp-file cleanup of a process that has just taken
    // the lock; the caller reads who holds it now.
    if (errnoOf(error) === 'EEXIST' || errnoOf(error) === 'ENOENT') return false
    throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
  await syncDir(dir)
  return true
}

/**
 * Move a stale lock out of the way. rename() moves exactly one file, so of two processes taking over the
 * same stale lock only one moves it; the other gets ENOENT and starts over. If what we moved is not the
 * stale lock we judged (another process took over in between), it is put back.
 */
async function removeStale(dir: string, file: string, stale: LockRecord | 'damaged'): Promise<void> {
  const aside = path.join(dir, `.${LOCK_FILE}.stale.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await rename(file, aside)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return
    throw error
  }
  const moved = await readLock(aside)
  const same =
    stale === 'damaged' ? moved === 'damaged' : typeof moved === 'object' && moved.token === stale.token
  if (!same) {
    // Someone else's fresh lock: give it back. Should a third process create one in this very instant (three
    // starts within microseconds on a stale lock), the link fails and two processes would believe they hold
    // the folder; that window is accepted rather than making every start slower.
    await link(aside, file).catch(() => undefined)
  }
  await unlink(aside).catch(() => undefined)
}

/**
 * Take the single-writer lock of `dataDir`: `server.lock` naming this process (pid, start time, host,
 * command), created atomically, mode 0600, synced. A lock whose process is gone (or whose pid now belongs to
 * another process) is stale and taken over, reported through `onStale`. A lock held by a live process,
 * including this one, throws a DataDirLockedError whose message names the pid and the lock file.
 * The lock is released by `release()` and, as a last resort, when this process exits.
 */
export async function acquireDataLock(
  dataDir: string,
  onStale: (message: string) => void = () => undefined,
): Promise<DataLock> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const dir = await realpath(dataDir)
  const file = path.join(dir, LOCK_FILE)
  if (ownProcStart === undefined) ownProcStart = procStartOf(process.pid)
  const record: LockRecord = {
    pid: process.pid,
    token: randomBytes(12).toString('hex'),
    startedAt: new Date().toISOString(),
    procStart: ownProcStart,
    hostname: os.hostname(),
    // The script only, never its arguments: reset-password takes a password on its command line.
    command: process.argv[1] ?? '',
  }
  // Each round either creates the lock, finds a live holder, or removes a stale one; a round is lost only to
  // another process doing the same at the same instant, so a few rounds settle it.
  for (let round = 0; round < 20; round++) {
    if (await tryCreate(dir, file, record)) return held(dir, file, record.token)
    const holder = await readLock(file)
    if (holder === 'missing') continue
    const why = holder === 'damaged' ? 'its contents are not a lock record' : whyStale(holder, dir)
    if (why === null && holder !== 'damaged') {
      throw new DataDirLockedError(file, holder, dir, holder.pid === process.pid)
    }
    onStale(`taking over the stale lock ${file}: ${why}`)
    await removeStale(dir, file, holder)
  }
  throw new Error(`Could not take the lock ${file}: other processes keep taking it; try again`)
}

function held(dir: string, file: string, token: string): DataLock {
  heldHere.set(dir, token)
  /** Only our own lock is deleted: a lock file another process took over after us is theirs. */
  const ours = (text: string) => {
    try {
      return (JSON.parse(text) as { token?: unknown }).token === token
    } catch {
      return false
    }
  }
  // Synchronous: an 'exit' listener cannot wait. Covers process.exit() from anywhere without a close first.
  const onExit = () => {
    try {
      if (ours(readFileSync(file, 'utf8'))) unlinkSync(file)
    } catch {
      // Already gone, or unreadable: nothing of ours to remove.
    }
  }
  process.on('exit', onExit)
  let released = false
  return {
    file,
    async release() {
      if (released) return
      released = true
      process.off('exit', onExit)
      try {
        if (ours(await readFile(file, 'utf8'))) {
          await unlink(file)
          await syncDir(dir)
        }
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT') throw error
      } finally {
        if (heldHere.get(dir) === token) heldHere.delete(dir)
      }
    },
  }
}
