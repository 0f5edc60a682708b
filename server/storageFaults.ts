import type { Health } from './health'
import type { Logger } from './logger'

/** Errors of a write that failed because of the disk or the file system, not because of the data. */
const WRITE_ERRORS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EROFS',
  'EACCES',
  'EPERM',
  'EFBIG',
  'EMFILE',
  'ENFILE',
])

/** Whether an error is a storage write failure (a full disk, a read-only or failing file system). */
export function isStorageWriteError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return typeof code === 'string' && WRITE_ERRORS.has(code)
}

/** What failed to be written. */
export type WriteKind = 'log' | 'snapshot' | 'records'

const WHAT: Record<WriteKind, string> = {
  log: 'the update log; document edits are paused (clients keep them and retry)',
  snapshot: 'a workspace snapshot; edits are still kept in the update log',
  records: 'a record file; changes answer 503 until writes work again',
}

/** How often to try a small write while writes fail. */
const PROBE_MS = 1_000

/**
 * Write failures of the storage, made visible and recovered from: each kind is reported to Health (and logged
 * once) when it fails, and resolved when a write of that kind works again. While any is open, a small probe
 * write runs every second; when it works, every problem is resolved (the group commit's own retry then stores
 * the queued updates), so the server recovers by itself once space returns, without a restart.
 */
export class StorageFaults {
  private readonly failing = new Set<WriteKind>()
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly deps: { health: Health; logger: Logger; probe: () => Promise<void> }) {}

  /** A write of this kind failed. */
  failed(kind: WriteKind, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error)
    if (!this.failing.has(kind)) this.deps.logger.error(`writing ${WHAT[kind]}`, error)
    this.failing.add(kind)
    this.deps.health.report(`storage:${kind}`, {
      code: 'STORAGE_WRITE_FAILED',
      message: `Writing ${WHAT[kind]}. Cause: ${reason}`,
    })
    this.timer ??= setInterval(() => void this.probe(), PROBE_MS)
  }

  /** A write of this kind worked. */
  succeeded(kind: WriteKind): void {
    if (!this.failing.delete(kind)) return
    this.deps.health.resolve(`storage:${kind}`)
    this.deps.logger.info(`writing ${kind === 'records' ? 'record files' : `the ${kind}`} works again`)
    if (this.failing.size === 0) this.stopProbing()
  }

  /** Stop probing (at shutdown). */
  stop(): void {
    this.stopProbing()
  }

  private async probe(): Promise<void> {
    try {
      await this.deps.probe()
    } catch {
      return
    }
    for (const kind of [...this.failing]) this.succeeded(kind)
  }

  private stopProbing(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
