/** One thing wrong that an operator should know about (shown by /healthz and logged where it is reported). */
export interface HealthProblem {
  /** Stable machine-readable kind, e.g. `STORAGE_WRITE_FAILED`, `DAMAGED_FILE`. */
  code: string
  /** What is wrong and what it affects, for a person (English; operators read logs in English). */
  message: string
  /** What it concerns: a file path, a workspace or class id (absent: the whole server). */
  subject?: string
  /** When it was first reported (ISO). */
  since: string
}

/**
 * The server's health: problems are reported under a key and resolved by the same key (a failing write that
 * succeeds again resolves its own problem). /healthz answers 200 in every state: `{"status":"ok"}`, or
 * `{"status":"degraded","problems":[…]}` while any problem is open.
 */
export class Health {
  private readonly open = new Map<string, HealthProblem>()
  private readonly sources: (() => readonly HealthProblem[])[] = []

  /** Add problems that something else keeps (e.g. the storage's damaged files), read at every look. */
  addSource(source: () => readonly HealthProblem[]): void {
    this.sources.push(source)
  }

  /** Report a problem under `key`; reporting an open key again keeps its first time. */
  report(key: string, problem: Omit<HealthProblem, 'since'>): void {
    const since = this.open.get(key)?.since ?? new Date().toISOString()
    this.open.set(key, { ...problem, since })
  }

  /** The problem under `key` is over. */
  resolve(key: string): void {
    this.open.delete(key)
  }

  /** Every open problem, oldest first. */
  problems(): HealthProblem[] {
    const all = [...this.open.values(), ...this.sources.flatMap((source) => source())]
    return all.sort((a, b) => a.since.localeCompare(b.since))
  }

  /** `ok`, or `degraded` while any problem is open. */
  status(): 'ok' | 'degraded' {
    return this.problems().length === 0 ? 'ok' : 'degraded'
  }
}
