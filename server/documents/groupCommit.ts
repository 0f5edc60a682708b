import type { LogBatch, LoggedUpdate } from '../storage/types'

/** Records a source hands over when a flush starts, and what to tell it once they are durable or failed. */
export interface PendingRecords {
  records: LoggedUpdate[]
  /** They are durable: relay and acknowledge them. */
  committed(): void
  /** The append failed: take them back (they are retried with the next flush). */
  failed(): void
}

/** Something with records to make durable (a loaded document room). */
export interface CommitSource {
  readonly workspaceId: string
  /** Hand over everything applied since the last call; null when there is nothing (or the source closed). */
  takePending(): PendingRecords | null
}

/** Counters since start, for /healthz and the benchmark. */
export interface CommitStats {
  /** Group commits that made records durable. */
  flushes: number
  /** Records made durable. */
  records: number
  /** Workspaces' record groups made durable (a flush carries one per workspace with updates). */
  workspaces: number
  /** Appends that failed (their records were kept and retried). */
  failures: number
}

/** Wait this long before retrying after a failed append, so a full disk is not hammered. */
const RETRY_MS = 500

/**
 * Group commit of every workspace's update log. Rooms mark themselves dirty as updates are applied; one flush
 * at a time takes the records of every dirty room and appends them in one batch (all logs written and synced
 * together), at most once per `tickMs`. A flush starts as soon as the tick allows: on an idle server an update
 * is flushed in the same turn of the event loop it arrived in; under load, whatever arrives while one flush
 * runs goes into the next.
 */
export class GroupCommit {
  readonly stats: CommitStats = { flushes: 0, records: 0, workspaces: 0, failures: 0 }
  private readonly dirty = new Set<CommitSource>()
  private timer: NodeJS.Timeout | NodeJS.Immediate | null = null
  private running: Promise<void> | null = null
  private notBefore = 0
  private readonly idleWaiters: (() => void)[] = []
  private stopped = false

  constructor(
    private readonly append: (batch: LogBatch) => Promise<void>,
    private readonly tickMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Note that a source has records to make durable; they go with the next flush. */
  markDirty(source: CommitSource): void {
    this.dirty.add(source)
    this.schedule()
  }

  /** Resolves once nothing is pending or being flushed (a failing append keeps it waiting). */
  drained(): Promise<void> {
    if (!this.running && this.dirty.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Flush no more (at shutdown, after every room's last snapshot); waits for a flush in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout)
      clearImmediate(this.timer as NodeJS.Immediate)
    }
    this.timer = null
    await this.running
    for (const resolve of this.idleWaiters.splice(0)) resolve()
  }

  private schedule(): void {
    if (this.stopped || this.running || this.timer || this.dirty.size === 0) return
    const wait = this.notBefore - performance.now()
    this.timer = wait > 0 ? setTimeout(() => this.flush(), Math.ceil(wait)) : setImmediate(() => this.flush())
  }

  private flush(): void {
    this.timer = null
    this.notBefore = performance.now() + this.tickMs
    const taken: PendingRecords[] = []
    const batch = new Map<string, LoggedUpdate[]>()
    for (const source of this.dirty) {
      const pending = source.takePending()
      if (!pending) continue
      taken.push(pending)
      const records = batch.get(source.workspaceId)
      if (records) records.push(...pending.records)
      else batch.set(source.workspaceId, [...pending.records])
    }
    this.dirty.clear()
    this.running = this.run(batch, taken).finally(() => {
      this.running = null
      this.schedule()
      if (this.dirty.size === 0 && !this.running) for (const resolve of this.idleWaiters.splice(0)) resolve()
    })
  }

  private async run(batch: Map<string, LoggedUpdate[]>, taken: PendingRecords[]): Promise<void> {
    if (taken.length === 0) return
    try {
      await this.append(batch)
    } catch (error) {
      this.stats.failures += 1
      this.notBefore = performance.now() + Math.max(RETRY_MS, this.tickMs)
      for (const pending of taken) pending.failed()
      this.onError(error)
      return
    }
    this.stats.flushes += 1
    this.stats.workspaces += batch.size
    for (const records of batch.values()) this.stats.records += records.length
    for (const pending of taken) pending.committed()
  }
}
