/**
 * Small helpers of the benchmarks that run servers as their own processes: spawning until a "listening" line (with
 * a time limit, the time it took, and a stop that escalates to SIGKILL), /proc readings, percentiles, a bounded
 * worker pool and time limits on promises. Every process is ended by its own PID, never by name.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')

/** Keep at most this much of a child's output (the tail), for error messages. */
const OUTPUT_TAIL = 64 * 1024

/** A child process that printed its "listening" line. */
export interface Spawned {
  label: string
  child: ChildProcess
  pid: number
  /** The first capture group of the listening pattern (e.g. the URL). */
  address: string
  /** Milliseconds from spawn() to the chunk of output holding the listening line. */
  startMs: number
  /** The last 64 KB of stdout + stderr. */
  output(): string
  /** Resolves once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Send `signal` and wait for the exit; SIGKILL after `timeoutMs`. Resolves with the milliseconds it took. */
  stop(signal: NodeJS.Signals, timeoutMs?: number): Promise<number>
}

/** Thrown when a child exits or times out before listening. */
export class SpawnError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly output: string,
  ) {
    super(message)
  }
}

/** Every child spawned and not yet exited, so cleanup can end them (by PID). */
const running = new Map<ChildProcess, Promise<unknown>>()

/** Spawn `node <args>` in the repository root and resolve once its output matches `listening`. */
export function spawnListening(opts: {
  label: string
  args: string[]
  env: Record<string, string>
  listening: RegExp
  timeoutMs: number
  /** Give the child a piped stdin (it may exit when the pipe closes). */
  stdinPipe?: boolean
}): Promise<Spawned> {
  const started = performance.now()
  const child = spawn(process.execPath, opts.args, {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: [opts.stdinPipe ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const append = (chunk: Buffer) => {
    output += chunk.toString()
    if (output.length > OUTPUT_TAIL * 2) output = output.slice(-OUTPUT_TAIL)
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  running.set(child, exited)
  void exited.then(() => running.delete(child))
  const alive = () => child.exitCode === null && child.signalCode === null
  const spawned: Omit<Spawned, 'address' | 'startMs'> = {
    label: opts.label,
    child,
    pid: child.pid ?? 0,
    output: () => output.slice(-OUTPUT_TAIL),
    exited,
    async stop(signal, timeoutMs = 30_000) {
      const t0 = performance.now()
      if (alive()) child.kill(signal)
      const timer = setTimeout(() => {
        if (alive()) {
          console.warn(
            `  ${opts.label} (pid ${child.pid}) did not exit ${timeoutMs} ms after ${signal}: SIGKILL`,
          )
          child.kill('SIGKILL')
        }
      }, timeoutMs)
      await exited
      clearTimeout(timer)
      return performance.now() - t0
    },
  }
  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (error: SpawnError) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (alive()) child.kill('SIGKILL')
      reject(error)
    }
    const timer = setTimeout(
      () => fail(new SpawnError(`${opts.label} did not listen within ${opts.timeoutMs} ms`, null, output)),
      opts.timeoutMs,
    )
    child.stderr?.on('data', append)
    child.stdout?.on('data', (chunk: Buffer) => {
      append(chunk)
      if (settled) return
      const match = opts.listening.exec(output)
      if (!match) return
      settled = true
      clearTimeout(timer)
      resolve({ ...spawned, address: match[1] ?? '', startMs: performance.now() - started })
    })
    child.once('error', (error) => fail(new SpawnError(`${opts.label}: ${error.message}`, null, output)))
    void exited.then(({ code, signal }) =>
      fail(new SpawnError(`${opts.label} exited (${code ?? signal}) before listening`, code, output)),
    )
  })
}

/** SIGKILL every child still running (by PID) and wait for them. */
export async function killAllSpawned(): Promise<void> {
  await Promise.all(
    [...running].map(([child, exited]) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      return withTimeout(exited, 5_000, `exit of pid ${child.pid}`).catch(() => undefined)
    }),
  )
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export async function cpuSeconds(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/** A field of /proc/<pid>/status in MB (VmRSS, VmHWM); NaN when unreadable. */
export async function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  try {
    const text = await readFile(`/proc/${pid}/status`, 'utf8')
    const kb = new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1]
    return kb === undefined ? NaN : Number(kb) / 1024
  } catch {
    return NaN
  }
}

/** Total size in bytes of the files under `dir`; files vanishing meanwhile (a running server's temp files) count 0. */
export async function dirBytes(dir: string): Promise<number> {
  const vanished = (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    vanished(error)
    return []
  })
  let total = 0
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) total += await dirBytes(full)
    else if (entry.isFile()) total += await stat(full).then((s) => s.size, vanished)
  }
  return total
}

/** p50/p95/p99/max and n of a sample (milliseconds). */
export interface Summary {
  n: number
  p50: number | null
  p95: number | null
  p99: number | null
  max: number | null
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => {
    const v = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
    return v === undefined ? null : round(v)
  }
  const max = sorted.at(-1)
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: max === undefined ? null : round(max),
  }
}

export const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits

export function formatSummary(s: Summary): string {
  if (s.n === 0) return 'no samples'
  return `p50 ${s.p50} ms · p95 ${s.p95} ms · p99 ${s.p99} ms · max ${s.max} ms (n=${s.n})`
}

/** Run `task` over `items` with at most `limit` in flight; results in item order. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      out[index] = await task(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}

/** Reject with `what` when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
