import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS } from './browser'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from './childServer'

/**
 * A small seeded PRNG (mulberry32), so a failing crash run can be repeated with the same timings:
 * every random choice of a test comes from one seed that the test prints.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The seed from `process.env[name]` (to replay a run), else a fresh one. */
export function seedFrom(name: string): number {
  const given = process.env[name]
  if (given !== undefined && given !== '') {
    const seed = Number(given)
    if (!Number.isInteger(seed)) throw new Error(`${name} must be an integer, got ${given}`)
    return seed >>> 0
  }
  return Math.floor(Math.random() * 2 ** 32) >>> 0
}

/** Keep at most this much of each server process's output (the tail), for failure reports. */
const MAX_OUTPUT_CHARS = 200_000

/**
 * The real server as a child process over one data folder that can be SIGKILLed and started again on the
 * same data folder and the same port (so clients' automatic reconnects reach the new process).
 */
export interface CrashableServer {
  /** The process running now (or the last one, once killed). */
  readonly current: ChildServer
  readonly url: string
  readonly wsUrl: string
  readonly port: string
  readonly dataDir: string
  /** How many processes have been started so far. */
  readonly generation: number
  /** SIGKILL the running process: the signal is sent synchronously, the promise resolves once it exited. */
  kill(): Promise<void>
  /** Start a new process on the same data folder and port (after kill). */
  restart(): Promise<void>
  /** Everything every process printed (stdout and stderr, the tail of each), labelled by generation. */
  output(): string
  /** Kill whatever runs and remove the data folder. */
  dispose(): Promise<void>
}

/** Start the server over a fresh temp data folder; `env` is passed to every process (e.g. CLIENT_DIR). */
export async function startCrashableServer(env: Record<string, string> = {}): Promise<CrashableServer> {
  const dataDir = await makeDataDir()
  const logs: { generation: number; text: string }[] = []
  let generation = 0

  const launch = async (extra: Record<string, string>): Promise<ChildServer> => {
    // The old process has exited, so its port is free; another process may still grab it in between,
    // which only a new attempt can tell.
    let lastError: unknown
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        const child = await startChildServer(dataDir, { ...env, ...extra })
        generation += 1
        const log = { generation, text: '' }
        logs.push(log)
        const append = (chunk: Buffer) => {
          log.text += chunk.toString()
          if (log.text.length > MAX_OUTPUT_CHARS) log.text = log.text.slice(-MAX_OUTPUT_CHARS)
        }
        child.process.stdout?.on('data', append)
        child.process.stderr?.on('data', append)
        return child
      } catch (error) {
        lastError = error
        if (!String(error).includes('EADDRINUSE')) throw error
      }
    }
    throw lastError
  }

  let current: ChildServer
  try {
    current = await launch({})
  } catch (error) {
    await removeDataDir(dataDir)
    throw error
  }
  const port = new URL(current.url).port
  const running = () => current.process.exitCode === null && current.process.signalCode === null

  return {
    get current() {
      return current
    },
    get url() {
      return current.url
    },
    get wsUrl() {
      return current.wsUrl
    },
    port,
    dataDir,
    get generation() {
      return generation
    },
    async kill() {
      const code = await current.stop('SIGKILL')
      if (code !== null) throw new Error(`the server exited with ${code} before it was killed`)
    },
    async restart() {
      if (running()) throw new Error('restart: the server is still running (kill it first)')
      current = await launch({ PORT: port })
    },
    output() {
      return logs.map((log) => `----- server process ${log.generation} -----\n${log.text}`).join('\n')
    },
    async dispose() {
      if (running()) await current.stop('SIGKILL')
      await removeDataDir(dataDir)
    },
  }
}

/** Debian's headless Chromium, as the other browser tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/**
 * Resolve once `check()` returns true, re-checking every `intervalMs` (a retrying assertion for state spread
 * over several clients). Rejects with `describe()` after `timeoutMs`, or at once with the message `abort()`
 * returns when it returns one (e.g. a client was closed for good: no point waiting).
 */
export function waitUntil(
  check: () => boolean,
  opts: { timeoutMs: number; describe: () => string; abort?: () => string | null; intervalMs?: number },
): Promise<void> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const tick = () => {
      const aborted = opts.abort?.() ?? null
      if (aborted !== null) return reject(new Error(aborted))
      let holds = false
      try {
        holds = check()
      } catch {
        holds = false
      }
      if (holds) return resolve()
      if (Date.now() - started >= opts.timeoutMs) {
        return reject(new Error(`not reached within ${opts.timeoutMs} ms: ${opts.describe()}`))
      }
      setTimeout(tick, opts.intervalMs ?? 10)
    }
    tick()
  })
}
