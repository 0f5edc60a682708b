/**
 * Serialises operations per file path: a write, a second write and a delete of the same file run one after
 * the other (steno's own lock does not cover deletes), while different files proceed in parallel.
 */
export class FileQueue {
  readonly #tails = new Map<string, Promise<void>>()

  /** Run `op` after every operation queued before it on the same path. */
  run<T>(path: string, op: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(path) ?? Promise.resolve()
    const result = previous.then(op)
    const tail = result.then(
      () => undefined,
      () => undefined,
    )
    this.#tails.set(path, tail)
    void tail.then(() => {
      if (this.#tails.get(path) === tail) this.#tails.delete(path)
    })
    return result
  }

  /** Wait until every queued operation has finished. */
  async drain(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all(this.#tails.values())
  }
}
