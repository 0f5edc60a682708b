/**
 * Back up the data folder while the server runs (it keeps serving):
 *   npm run backup -- <new or empty folder>
 * The copy holds everything acknowledged before the command started (see makeBackup for why), is written
 * 0600/0700 and synced, and ends with backup.json. Restore it with `npm run restore -- <folder>`.
 */
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { syncDir } from '../storage/lowdb/durableFile'
import { cliConfig, folderArgument } from './arguments'
import {
  MANIFEST,
  copyFile,
  copyTree,
  isWithin,
  listCopied,
  makeDir,
  newTally,
  oneLine,
  type BackupManifest,
  type CopyTally,
} from './dataCopy'

const USAGE = 'Usage: npm run backup -- <folder to write the backup into (new or empty)>'

/** The collections copied right after the log: the records everything else hangs off. */
const FIRST = ['lecturers.json', 'sessions.json', 'classes', 'cases']

/**
 * Copy `dataDir` into `target` while a server may be writing it. Every file the server writes is replaced
 * whole (temp file, fdatasync, rename), so each file read is one whole version, and what matters is the
 * order:
 * 1. every log segment first. A record acknowledged before the start is in a segment that exists now; a
 *    segment deleted before it is read was deleted only once durable snapshots held all its records, and
 *    step 2 copies those snapshots (or newer ones). A segment that grows meanwhile is read to wherever it
 *    stands; a torn last record is dropped on replay and was never acknowledged.
 * 2. the small collections (lecturers, sessions, classes, cases), then everything else (workspace
 *    snapshots, versions, history, comments, rubrics, grades, contributions, self-checks, the restore
 *    marker). A class copied before a workspace it names was created cannot name a workspace missing here.
 * The server's lock, unfinished temp files and quarantine/ are left out.
 */
async function makeBackup(dataDir: string, target: string): Promise<BackupManifest> {
  const startedAt = new Date().toISOString()
  const tally: CopyTally = newTally()
  await makeDir(target)

  const logDir = path.join(dataDir, 'log')
  const segments = await listCopied(logDir)
  await makeDir(path.join(target, 'log'))
  for (const segment of segments.filter((s) => !s.isDir)) {
    await copyFile(path.join(logDir, segment.name), path.join(target, 'log', segment.name), tally)
  }
  await syncDir(path.join(target, 'log'))
  const vanished = tally.vanished

  const rest = (await listCopied(dataDir)).filter((e) => e.name !== 'log')
  const ordered = [
    ...FIRST.flatMap((name) => rest.filter((e) => e.name === name)),
    ...rest.filter((e) => !FIRST.includes(e.name)),
  ]
  for (const entry of ordered) {
    const source = path.join(dataDir, entry.name)
    const copy = path.join(target, entry.name)
    if (entry.isDir) await copyTree(source, copy, tally)
    else await copyFile(source, copy, tally)
  }

  const manifest: BackupManifest = {
    format: 'ruang-kasus-backup',
    version: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    source: dataDir,
    files: tally.files,
    bytes: tally.bytes,
    vanished,
  }
  // Written last: a folder with backup.json is a finished backup.
  await writeFile(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  })
  await syncDir(target)
  await syncDir(path.dirname(target))
  return manifest
}

/** Whether `dir` is missing or empty (a backup never mixes with other files). */
async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

/** Parse arguments and back up DATA_DIR; returns the exit code. */
async function backup(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const folder = folderArgument(argv, USAGE, err)
  if (folder === null) return 2
  const config = cliConfig(err)
  if (!config) return 2
  const target = path.resolve(folder)
  if (isWithin(target, config.dataDir) || isWithin(config.dataDir, target)) {
    err.write(`Backup failed: ${target} must be outside the data folder ${config.dataDir}\n`)
    return 2
  }
  try {
    await readdir(config.dataDir)
  } catch {
    err.write(`Backup failed: the data folder ${config.dataDir} cannot be read (is DATA_DIR right?)\n`)
    return 1
  }
  if (!(await isEmptyOrMissing(target))) {
    err.write(`Backup failed: ${target} is not empty; give a new or empty folder\n`)
    return 2
  }
  const manifest = await makeBackup(config.dataDir, target)
  const mb = (manifest.bytes / 1024 / 1024).toFixed(1)
  out.write(`Backed up ${config.dataDir} to ${target}: ${manifest.files} files, ${mb} MB\n`)
  // Kept out of every backup on purpose (docs/operations.md, "The server secret"): say so where it is read.
  out.write(`Not in the backup: the server secret ${config.secretFile}; keep a copy of it apart, once.\n`)
  return 0
}

backup(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Backup failed: ${oneLine(error)}\n`)
    process.exit(1)
  },
)
