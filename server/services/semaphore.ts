/** Runs at most `limit` tasks at once; the rest wait in order of arrival. */
export class Semaphore {
  #running = 0
  #peak = 0
  readonly #waiting: (() => void)[] = []

  constructor(private readonly limit: number) {}

  /** Run `task` once fewer than `limit` tasks are running. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limit) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    else this.#running += 1
    this.#peak = Math.max(this.#peak, this.#running)
    try {
      return await task()
    } finally {
      // The slot passes straight to the next waiter, so no newcomer can overtake it.
      const next = this.#waiting.shift()
      if (next) next()
      else this.#running -= 1
    }
  }

  /** Tasks running now, waiting now, and the most that ever ran at once. */
  load(): { running: number; waiting: number; peak: number } {
    return { running: this.#running, waiting: this.#waiting.length, peak: this.#peak }
  }
}
