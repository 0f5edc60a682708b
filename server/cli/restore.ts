/**
 * Restore a backup made by `npm run backup` into DATA_DIR, with the server stopped:
 *   npm run restore -- <backup folder>
 * Refuses (exit 1, naming the pid) while a process holds the data folder's lock. The folder's current
 * contents are moved aside to `<DATA_DIR>.before-restore-<time>` (never deleted), the backup is copied in,
 * and the restore is marked, which opens the merge window for devices holding newer work
 * (docs/realtime.md, "After a restore from a backup").
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rmdir } from 'node:fs/promises'
import path from 'node:path'
import { syncDir } from '../storage/lowdb/durableFile'
import { cliConfig, folderArgument } from './arguments'
import { openStorage } from '../storage'
import { acquireDataLock, DataDirLockedError, LOCK_FILE, type DataLock } from '../storage/dataLock'
import {
  MANIFEST,
  copyFile,
  copyTree,
  isWithin,
  listCopied,
  newTally,
  oneLine,
  type BackupManifest,
} from './dataCopy'

const USAGE = 'Usage: npm run restore -- <backup folder made by npm run backup>'

/** Read and check a backup's manifest; throws a one-line error when `folder` is not a finished backup. */
async function readManifest(folder: string): Promise<BackupManifest> {
  let text
  try {
    text = await readFile(path.join(folder, MANIFEST), 'utf8')
  } catch {
    throw new Error(`${folder} is not a finished backup (no ${MANIFEST}); make one with npm run backup`)
  }
  try {
    const manifest = JSON.parse(text) as Partial<BackupManifest>
    if (manifest.format === 'ruang-kasus-backup' && manifest.version === 1) return manifest as BackupManifest
  } catch {
    // Reported below like any other manifest that is not ours.
  }
  throw new Error(`${path.join(folder, MANIFEST)} is not a Ruang Kasus backup manifest`)
}

/**
 * Move everything in `dataDir` except our lock into `aside`, a new sibling folder, so an operator's data is
 * never deleted by a restore. Returns that folder, or null when there was nothing to move. rename() within one
 * file system moves each entry whole and at once.
 */
async function moveAside(dataDir: string, aside: string): Promise<string | null> {
  const names = (await readdir(dataDir)).filter((n) => n !== LOCK_FILE)
  if (names.length === 0) return null
  await mkdir(aside, { mode: 0o700 })
  for (const [index, name] of names.entries()) {
    try {
      await rename(path.join(dataDir, name), path.join(aside, name))
    } catch (error) {
      // EXDEV: the data folder is a mount point (e.g. a container volume), so its sibling is on another file
      // system. Only the first rename can fail so (all entries share one), and then nothing has moved yet.
      if (index === 0 && (error as NodeJS.ErrnoException).code === 'EXDEV') {
        await rmdir(aside).catch(() => undefined)
        throw new Error(
          `${dataDir} is a mount point, so its contents cannot be moved beside it: move them elsewhere yourself, then run the restore again on the empty folder`,
        )
      }
      throw error
    }
  }
  await syncDir(aside)
  await syncDir(dataDir)
  await syncDir(path.dirname(dataDir))
  return aside
}

/** Parse arguments and restore the backup into DATA_DIR; returns the exit code. */
async function restore(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const folder = folderArgument(argv, USAGE, err)
  if (folder === null) return 2
  const config = cliConfig(err)
  if (!config) return 2
  const backup = path.resolve(folder)
  if (isWithin(backup, config.dataDir) || isWithin(config.dataDir, backup)) {
    err.write(`Restore failed: the backup ${backup} must be outside the data folder ${config.dataDir}\n`)
    return 2
  }
  const manifest = await readManifest(backup)

  // Held from before the first file moves until the restored data is marked: no server can start on a
  // half-restored folder, and none may run while its files are swapped underneath it.
  let lock: DataLock
  try {
    lock = await acquireDataLock(config.dataDir, (message) => err.write(`${message}\n`))
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      err.write(`Restore refused: ${error.message}\n`)
      return 1
    }
    throw error
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const asidePath = `${config.dataDir}.before-restore-${stamp}`
  let aside: string | null = null
  try {
    aside = await moveAside(config.dataDir, asidePath)
    const tally = newTally()
    for (const entry of await listCopied(backup)) {
      if (entry.name === MANIFEST) continue
      const from = path.join(backup, entry.name)
      const to = path.join(config.dataDir, entry.name)
      if (entry.isDir) await copyTree(from, to, tally)
      else await copyFile(from, to, tally)
    }
    await syncDir(config.dataDir)
    // Opened through openStorage on the lock we hold: the restored data must load, and the marker opens the
    // merge window for devices holding newer work than the backup.
    const storage = await openStorage(config, { lock })
    try {
      await storage.restore.mark(new Date().toISOString())
    } finally {
      await storage.close()
    }
    out.write(
      `Restored the backup of ${manifest.startedAt} (${tally.files} files) into ${config.dataDir}` +
        (aside ? `; the previous contents are in ${aside}` : '') +
        '\n',
    )
    return 0
  } catch (error) {
    await lock.release()
    // Also after a move cut short: whatever had moved is there.
    const where = existsSync(asidePath) ? `; the previous contents are in ${asidePath}` : ''
    err.write(`Restore failed: ${oneLine(error)}${where}\n`)
    return 1
  }
}

restore(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Restore failed: ${oneLine(error)}\n`)
    process.exit(1)
  },
)
