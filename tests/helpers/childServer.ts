import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { secretFileOf, TEST_SCRYPT_COST_LOG2 } from './startTestServer'

/** The real server running as a separate Node process (so it can be killed for real). */
export interface ChildServer {
  url: string
  wsUrl: string
  dataDir: string
  process: ChildProcess
  /** Send a signal and wait for the process to exit; resolves with its exit code (null when signalled). */
  stop(signal: NodeJS.Signals): Promise<number | null>
  /** Everything it wrote to stdout and stderr so far (its log). */
  output(): string
}

const ROOT = path.resolve(import.meta.dirname, '../..')
const LISTENING = /listening on (http:\/\/\S+)/

/** A fresh temporary data folder for child servers; remove it with `rm` when done. */
export function makeDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-child-'))
}

/** Remove a data folder made by makeDataDir, and the server secret a server created beside it. */
export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await rm(secretFileOf(dir), { force: true })
}

/** The environment a child server runs with: loopback, port 0, `dataDir`, no demo, no client, info logs. */
export function childServerEnv(dataDir: string): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    CLIENT_DIR: '',
    LOG_LEVEL: 'info',
    SCRYPT_COST_LOG2: TEST_SCRYPT_COST_LOG2,
  }
}

/**
 * Start `node --import tsx server/main.ts` on 127.0.0.1:0 over `dataDir` and resolve once it logs the address
 * it listens on.
 */
export function startChildServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...childServerEnv(dataDir), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`child server did not start:\n${output}`)), 30_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = LISTENING.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      const url = match[1]
      resolve({
        url,
        wsUrl: url.replace(/^http/, 'ws'),
        dataDir,
        process: child,
        stop(signal) {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal)
          return exited
        },
        output: () => output,
      })
    })
    void exited.then((code) => fail(new Error(`child server exited (${code}) before listening:\n${output}`)))
  })
}
