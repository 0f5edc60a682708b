import { readdirSync, readFileSync, statSync } from 'node:fs'
import { chmod, copyFile, mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { StorageProblem } from '../types'
import { FILE_MODE, syncDir, writeFileDurably } from './durableFile'

/** The folder under the data folder where damaged files are moved (never deleted). */
export const QUARANTINE_DIR = 'quarantine'
/** Beside each quarantined file: why it is there, `<name>.why.json`. */
const NOTE_SUFFIX = '.why.json'
/** /healthz may be read often (start-up scripts poll it): the folder is scanned at most this often. */
const RESCAN_MS = 250

/** What a quarantine note says; `subject` is the file's path under the data folder. */
const noteFile = z.object({
  code: z.string(),
  message: z.string(),
  subject: z.string().optional(),
  since: z.string(),
})

/** Why a file is being quarantined. */
export interface QuarantineReason {
  /** e.g. `DAMAGED_FILE` (replaced by its previous version) or `RECORD_UNAVAILABLE` (no good version). */
  code: string
  /** What was wrong and what it affects, naming the file (English, for operators). */
  message: string
}

/**
 * `DATA_DIR/quarantine/`: damaged files moved out of the way, each under the time it was moved
 * (`quarantine/2026-12-07T20-01-02.123Z/classes/<id>.json`, keeping its path under the data folder) with a note
 * beside it (`<name>.why.json`). The storage's problems are derived from this folder, rescanned when they are
 * read, so an operator clears a problem by deleting or moving the quarantined file out: no restart needed.
 */
export class Quarantine {
  readonly dir: string
  #cache: { at: number; problems: StorageProblem[] } | null = null

  constructor(private readonly dataDir: string) {
    this.dir = path.join(dataDir, QUARANTINE_DIR)
  }

  /** `file`'s path under the data folder, as problems and notes name it. */
  relative(file: string): string {
    const rel = path.relative(this.dataDir, file)
    return rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(file) : rel.split(path.sep).join('/')
  }

  /**
   * Move `file` into the quarantine with a note of why (the move is a rename inside the data folder: nothing is
   * copied, nothing deleted). Resolves once the move and the note are durable; returns the new path.
   */
  async put(file: string, reason: QuarantineReason): Promise<string> {
    const rel = this.relative(file)
    const target = this.#target(rel)
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
    await rename(file, target)
    await this.#writeNote(target, reason, rel)
    await syncDir(path.dirname(file))
    return target
  }

  #target(rel: string): string {
    const stamp = new Date().toISOString().replace(/:/g, '-')
    return path.join(this.dir, stamp, ...rel.split('/'))
  }

  async #writeNote(target: string, reason: QuarantineReason, subject: string): Promise<void> {
    const note = { code: reason.code, message: reason.message, subject, since: new Date().toISOString() }
    await writeFileDurably(`${target}${NOTE_SUFFIX}`, `${JSON.stringify(note, null, 2)}\n`)
    this.#cache = null
  }

  /**
   * Put a copy of `file` in the quarantine with a note, leaving `file` in place: for a log segment whose whole
   * records are still to be replayed and whose damaged part must not be lost (see UpdateLog.open).
   */
  async copyIn(file: string, reason: QuarantineReason): Promise<string> {
    const rel = this.relative(file)
    const target = this.#target(rel)
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
    await copyFile(file, target)
    await chmod(target, FILE_MODE)
    await this.#writeNote(target, reason, rel)
    return target
  }

  /**
   * One problem per file in the quarantine, from its note (a file without a note, e.g. put there by hand, is
   * still reported). Scanned synchronously (the folder is small, usually absent) at most every RESCAN_MS.
   */
  problems(): StorageProblem[] {
    const now = Date.now()
    if (this.#cache && now - this.#cache.at < RESCAN_MS) return this.#cache.problems
    const problems = this.#scan()
    this.#cache = { at: now, problems }
    return problems
  }

  /**
   * Whether the file at `rel` (its path under the data folder) was quarantined with no good version and the
   * problem is not cleared yet: until then a missing file there reads as unavailable, not as absent (an absent
   * workspace document would be served empty and its log records dropped).
   */
  isUnavailable(rel: string): boolean {
    return this.problems().some((p) => p.code === 'RECORD_UNAVAILABLE' && p.subject === rel)
  }

  #scan(): StorageProblem[] {
    let entries: string[]
    try {
      entries = readdirSync(this.dir, { recursive: true, encoding: 'utf8' })
    } catch {
      return [] // no quarantine folder: nothing was ever damaged (or the operator removed it)
    }
    const problems: StorageProblem[] = []
    for (const entry of entries.sort()) {
      const full = path.join(this.dir, entry)
      const name = path.basename(entry)
      if (name.endsWith(NOTE_SUFFIX) || (name.startsWith('.') && name.endsWith('.tmp'))) continue
      let stats
      try {
        stats = statSync(full)
      } catch {
        continue // cleared while scanning
      }
      if (!stats.isFile()) continue
      const where = `${QUARANTINE_DIR}/${entry.split(path.sep).join('/')}`
      const note = readNote(`${full}${NOTE_SUFFIX}`)
      problems.push({
        code: note?.code ?? 'DAMAGED_FILE',
        message: `${note?.message ?? 'a file was put in the quarantine'} (kept as ${where})`,
        subject: note?.subject ?? where,
        since: note?.since ?? stats.mtime.toISOString(),
      })
    }
    return problems
  }
}

function readNote(file: string): z.infer<typeof noteFile> | null {
  try {
    const parsed = noteFile.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
