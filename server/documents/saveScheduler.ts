/** Timing of a room's saves. */
export interface SaveTiming {
  /** Save this long after the last change… */
  debounceMs: number
  /** …but never later than this after the first unsaved change. */
  maxWaitMs: number
}

/**
 * Debounced saving with a maximum wait. Saves never overlap: a change made while a save runs is saved by the
 * next one. A failed save is retried after `maxWaitMs`.
 */
export class SaveScheduler {
  private debounceTimer: NodeJS.Timeout | null = null
  private maxTimer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private dirty = false
  private stopped = false

  constructor(
    private readonly save: () => Promise<void>,
    private readonly timing: SaveTiming,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** True while there are changes not yet handed to a save. */
  get pending(): boolean {
    return this.dirty
  }

  /** Note a change; it is saved within `maxWaitMs`. */
  schedule(): void {
    if (this.stopped) return
    this.dirty = true
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = setTimeout(() => this.fire(), this.timing.debounceMs)
    this.maxTimer ??= setTimeout(() => this.fire(), this.timing.maxWaitMs)
  }

  /** Save now if anything is unsaved, after any save in progress. Rejects when that save fails. */
  async flush(): Promise<void> {
    this.clearTimers()
    while (this.running) await this.running.catch(() => undefined)
    if (!this.dirty || this.stopped) return
    this.dirty = false
    const run = this.save()
    this.running = run
    try {
      await run
    } catch (error) {
      this.dirty = true
      if (!this.stopped) this.maxTimer = setTimeout(() => this.fire(), this.timing.maxWaitMs)
      throw error
    } finally {
      this.running = null
    }
  }

  /** Stop saving (the document is being deleted); waits for a save in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    this.clearTimers()
    while (this.running) await this.running.catch(() => undefined)
  }

  private fire(): void {
    this.flush().catch(this.onError)
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    if (this.maxTimer) clearTimeout(this.maxTimer)
    this.debounceTimer = null
    this.maxTimer = null
  }
}
