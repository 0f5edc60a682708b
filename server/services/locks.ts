/** Runs tasks one at a time per key: read-modify-write of one class never interleaves with another. */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>()

  /** Run `task` after every task queued before it under the same key. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve()
    const result = previous.then(task, task)
    const tail = result.catch(() => undefined)
    this.#tails.set(key, tail)
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key)
    })
    return result
  }
}
