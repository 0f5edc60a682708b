import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { LogBatch, LoggedUpdate } from '../types'
import { FILE_MODE, syncDir } from './durableFile'
import { FileQueue } from './fileQueue'
import { decodeLog, encodeLogRecord } from './logRecords'
import type { Quarantine } from './quarantine'

/** Start a new segment once the active one holds this much. */
const SEGMENT_BYTES = 8 * 1024 * 1024
/** A segment whose records are all covered by snapshots is retired early once it holds this much. */
const RETIRE_COVERED_BYTES = 64 * 1024

/** `log/<log id>.<start position, 16 digits>.log` */
const SEGMENT_NAME = /^([0-9a-f]{16})\.(\d{16})\.log$/

/** Where a snapshot stands in the log: records of log `id` before position `from` are in it. */
export interface LogPosition {
  id: string
  from: number
}

/** A record kept in memory until a snapshot of its workspace covers it. */
interface Entry {
  logId: string
  position: number
  record: LoggedUpdate
}

/** One segment file: where it starts, how much was reserved in it, and each workspace's last record in it. */
interface Segment {
  logId: string
  start: number
  size: number
  file: string
  last: Map<string, number>
  handle: FileHandle | null
  /** A write into it failed: nothing more is appended to it (its whole records stay readable). */
  broken: boolean
}

/**
 * The shared update log of every workspace: segment files in `log/`, appended to by one writer, one write and
 * one `fdatasync` per group commit however many workspaces it carries. Every process start opens a new log id:
 * segments of earlier runs are only read (their records replayed at start) and deleted once every workspace
 * they hold was stored again. Records are kept in memory, per workspace, until a snapshot covers them; a
 * segment is deleted once every workspace in it has a snapshot past its last record there.
 */
export class UpdateLog {
  /** The id of this run's log (segment names start with it). */
  readonly id = randomBytes(8).toString('hex')
  /** Bytes of torn records found at the ends of earlier runs' segments. */
  tornBytes = 0
  private readonly entries = new Map<string, Entry[]>()
  /** Entries from earlier runs' segments still in memory: those segments go once none is left. */
  private earlier = 0
  private readonly earlierSegments: string[] = []
  private readonly segments: Segment[] = []
  private active: Segment | null = null
  private reserved = 0
  /** Per workspace, the position its latest durable snapshot of this run covers the log up to. */
  private readonly coveredUpTo = new Map<string, number>()
  /** Per workspace, the position of its latest durable snapshot of this run (its records before it need no replay). */
  private readonly latest = new Map<string, number>()
  private readonly writer = new FileQueue()

  private constructor(private readonly dir: string) {}

  /**
   * Open the log in `dir`, reading every segment earlier runs left (their records are to be replayed). A segment
   * with damage that is not a torn tail (see decodeLog) has its whole records before the damage replayed as
   * usual, and a copy of it goes to the quarantine with a note: the segment itself stays where it is, still
   * needed for those records until snapshots cover them, and is deleted with the others then.
   */
  static async open(dir: string, quarantine?: Quarantine): Promise<UpdateLog> {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const log = new UpdateLog(dir)
    const names = (await readdir(dir)).filter((n) => SEGMENT_NAME.test(n)).sort(bySegmentStart)
    for (const name of names) {
      const [, logId = '', start = '0'] = SEGMENT_NAME.exec(name) ?? []
      const file = path.join(dir, name)
      const data = await readFile(file)
      const { records, validBytes, damaged } = decodeLog(data)
      if (damaged && quarantine) {
        const lost = data.byteLength - validBytes
        await quarantine.copyIn(file, {
          code: 'DAMAGED_LOG_SEGMENT',
          message: `${quarantine.relative(file)} is damaged at byte ${validBytes} (${lost} of its ${data.byteLength} bytes unreadable): its ${records.length} whole record(s) before that were replayed; updates after it in that segment are lost unless recovered from this copy`,
        })
      } else log.tornBytes += data.byteLength - validBytes
      for (const { workspaceId, record, offset } of records) {
        log.keep(workspaceId, { logId, position: Number(start) + offset, record })
        log.earlier += 1
      }
      log.earlierSegments.push(name)
      // This run's positions follow every earlier one, so segments sort in the order they were written.
      log.reserved = Math.max(log.reserved, Number(start) + data.byteLength)
    }
    return log
  }

  /**
   * Workspaces with records no snapshot covers yet. Records a snapshot of this run covers may still be kept (for
   * the previous snapshot, see LowdbDocumentStore) but need no replay; earlier runs' records count until a
   * snapshot of this run is stored, since only reading the snapshot tells whether it covers them.
   */
  workspaces(): string[] {
    return [...this.entries]
      .filter(([workspaceId, entries]) => {
        const latest = this.latest.get(workspaceId)
        return latest === undefined || entries.some((e) => e.logId === this.id && e.position >= latest)
      })
      .map(([workspaceId]) => workspaceId)
  }

  /** The records of a workspace that `snapshot` (where it stands in the log, if anywhere) does not cover. */
  recordsAfter(workspaceId: string, snapshot: LogPosition | undefined): LoggedUpdate[] {
    const entries = this.entries.get(workspaceId) ?? []
    return entries
      .filter((e) => !(snapshot && e.logId === snapshot.id && e.position < snapshot.from))
      .map((e) => e.record)
  }

  /** Whether the log holds records of `workspaceId` that a snapshot taken at `at` covers. */
  hasCovered(workspaceId: string, at: LogPosition): boolean {
    return (this.entries.get(workspaceId) ?? []).some((e) => e.logId === at.id && e.position < at.from)
  }

  /**
   * Cut the records of `workspaceId` that a snapshot taken at `at` (in an earlier run) covers: kept until now only
   * so that the previous snapshot plus the log could stand in for it (see LowdbDocumentStore).
   */
  async cutCovered(workspaceId: string, at: LogPosition): Promise<void> {
    const entries = this.entries.get(workspaceId) ?? []
    const covered = (e: Entry) => e.logId === at.id && e.position < at.from
    this.earlier -= entries.filter((e) => covered(e) && e.logId !== this.id).length
    const remaining = entries.filter((e) => !covered(e))
    if (remaining.length > 0) this.entries.set(workspaceId, remaining)
    else this.entries.delete(workspaceId)
    await this.retire()
  }

  /** Where the log stands now: a snapshot of a workspace read now covers every record appended so far. */
  position(): LogPosition {
    return { id: this.id, from: this.reserved }
  }

  /** Append the records of every workspace in one write and one sync; resolves once they are durable. */
  async append(batch: LogBatch): Promise<void> {
    const segment = this.activeSegment()
    const parts: Uint8Array[] = []
    // Positions are reserved now, in call order, so a snapshot taken after this call covers these records.
    for (const [workspaceId, records] of batch) {
      for (const record of records) {
        const bytes = encodeLogRecord(workspaceId, record)
        this.keep(workspaceId, { logId: this.id, position: this.reserved, record })
        segment.last.set(workspaceId, this.reserved)
        this.reserved += bytes.byteLength
        segment.size += bytes.byteLength
        parts.push(bytes)
      }
    }
    if (segment.size >= SEGMENT_BYTES) this.active = null
    if (parts.length === 0) return
    const data = Buffer.concat(parts)
    await this.writer.run('log', async () => {
      let created = false
      try {
        if (!segment.handle) {
          segment.handle = await open(segment.file, 'a', FILE_MODE)
          created = true
        }
        await segment.handle.write(data)
        await segment.handle.datasync()
      } catch (error) {
        // What reached the file may end in half a record: later records go to a new segment.
        segment.broken = true
        if (this.active === segment) this.active = null
        throw error
      }
      // The new file's name is durable only once its folder is synced.
      if (created) await syncDir(this.dir)
    })
  }

  /**
   * A snapshot of a workspace taken at `snapshot` (a position of this run) is durable; its records before `at` (a
   * position of this run, `snapshot` or an earlier one) are cut (every earlier run's record of it too, since a
   * snapshot of this run was read after they were replayed), and segments nobody needs any more are deleted.
   */
  async covered(workspaceId: string, at: LogPosition, snapshot: LogPosition = at): Promise<void> {
    if (snapshot.id === this.id)
      this.latest.set(workspaceId, Math.max(this.latest.get(workspaceId) ?? 0, snapshot.from))
    const entries = this.entries.get(workspaceId) ?? []
    const remaining = entries.filter((e) => e.logId === at.id && e.position >= at.from)
    this.earlier -= entries.filter((e) => e.logId !== this.id).length
    if (remaining.length > 0) this.entries.set(workspaceId, remaining)
    else this.entries.delete(workspaceId)
    if (at.id === this.id)
      this.coveredUpTo.set(workspaceId, Math.max(this.coveredUpTo.get(workspaceId) ?? 0, at.from))
    await this.retire()
  }

  /** A workspace was deleted: none of its records are needed. */
  async forget(workspaceId: string): Promise<void> {
    await this.covered(workspaceId, { id: this.id, from: Number.MAX_SAFE_INTEGER })
    this.latest.delete(workspaceId)
  }

  /** Close the active segment's file (after every write). */
  async close(): Promise<void> {
    await this.writer.run('log', async () => {
      for (const segment of this.segments) await segment.handle?.close()
      for (const segment of this.segments) segment.handle = null
    })
  }

  private keep(workspaceId: string, entry: Entry): void {
    const list = this.entries.get(workspaceId)
    if (list) list.push(entry)
    else this.entries.set(workspaceId, [entry])
  }

  private activeSegment(): Segment {
    if (this.active && !this.active.broken) return this.active
    const segment: Segment = {
      logId: this.id,
      start: this.reserved,
      size: 0,
      file: path.join(this.dir, `${this.id}.${String(this.reserved).padStart(16, '0')}.log`),
      last: new Map(),
      handle: null,
      broken: false,
    }
    this.segments.push(segment)
    this.active = segment
    return segment
  }

  private isCovered(segment: Segment): boolean {
    for (const [workspaceId, position] of segment.last) {
      if ((this.coveredUpTo.get(workspaceId) ?? -1) <= position) return false
    }
    return true
  }

  private async retire(): Promise<void> {
    if (this.active && this.active.size >= RETIRE_COVERED_BYTES && this.isCovered(this.active))
      this.active = null
    const done = this.segments.filter((s) => s !== this.active && this.isCovered(s))
    const earlier = this.earlier === 0 ? this.earlierSegments.splice(0) : []
    if (done.length === 0 && earlier.length === 0) return
    for (const segment of done) this.segments.splice(this.segments.indexOf(segment), 1)
    await this.writer.run('log', async () => {
      for (const segment of done) {
        await segment.handle?.close()
        segment.handle = null
        await rm(segment.file, { force: true })
      }
      for (const name of earlier) await rm(path.join(this.dir, name), { force: true })
      await syncDir(this.dir)
    })
  }
}

function bySegmentStart(a: string, b: string): number {
  return a.slice(17).localeCompare(b.slice(17)) || a.localeCompare(b)
}
