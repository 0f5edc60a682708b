import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStorage } from '../../server/storage'
import { LOCK_FILE } from '../../server/storage/dataLock'
import { createApi } from '../helpers/api'
import {
  childServerEnv,
  makeDataDir,
  removeDataDir,
  startChildServer,
  type ChildServer,
} from '../helpers/childServer'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Run a command to its end; resolves with its exit code and output (bounded: killed after 30 s). */
function runToExit(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    }),
  )
}

/** The pid of a process that no longer exists: a child we started and SIGKILLed (and reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
  return child.pid!
}

async function lockPid(dataDir: string): Promise<number> {
  return (JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number }).pid
}

const servers: ChildServer[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')))
  await Promise.all(dirs.splice(0).map(removeDataDir))
})
async function dataDir(): Promise<string> {
  const dir = await makeDataDir()
  dirs.push(dir)
  return dir
}
async function start(dir: string): Promise<ChildServer> {
  const server = await startChildServer(dir)
  servers.push(server)
  return server
}

describe('one writer per data folder', () => {
  it('refuses a second server on the same folder with one line naming the lock file and the pid; the first keeps serving', async () => {
    const dir = await dataDir()
    const first = await start(dir)
    expect(await lockPid(dir)).toBe(first.process.pid)

    const second = await runToExit(['server/main.ts'], childServerEnv(dir))
    expect(second.code).not.toBe(0)
    const lines = second.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(path.join(dir, LOCK_FILE))
    expect(lines[0]).toContain(`pid ${first.process.pid}`)
    expect(second.stdout).not.toMatch(/listening/)

    // Still serving, and still the writer: a write after the refusal is answered.
    const registered = await createApi(first.url).registerLecturer({
      name: 'Dosen Pertama',
      email: 'pertama@example.test',
      password: 'kata-sandi-panjang',
    })
    expect(registered.token).toBeTruthy()
    expect(await lockPid(dir)).toBe(first.process.pid)
  })

  it('releases the lock when the server stops cleanly', async () => {
    const dir = await dataDir()
    const server = await start(dir)
    expect(await server.stop('SIGTERM')).toBe(0)
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false)
  })

  it('takes over a lock whose process is gone', async () => {
    const dir = await dataDir()
    const dead = await deadPid()
    await writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({
        pid: dead,
        token: 'left-behind',
        startedAt: new Date().toISOString(),
        procStart: null,
        hostname: 'here',
        command: 'server/main.ts',
      }),
      { mode: 0o600 },
    )
    const server = await start(dir)
    expect(await lockPid(dir)).toBe(server.process.pid)
  })

  it('takes over a lock whose pid now belongs to another process (pid reuse)', async (context) => {
    if (!existsSync('/proc/self/stat')) context.skip('no /proc here: pid reuse cannot be told apart')
    const dir = await dataDir()
    // A live process that is not a server: its pid with a start time that is not its own.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
    const otherExited = new Promise((resolve) => other.once('exit', resolve))
    try {
      await writeFile(
        path.join(dir, LOCK_FILE),
        JSON.stringify({
          pid: other.pid,
          token: 'reused',
          startedAt: new Date().toISOString(),
          procStart: '1',
          hostname: 'here',
          command: 'server/main.ts',
        }),
        { mode: 0o600 },
      )
      const server = await start(dir)
      expect(await lockPid(dir)).toBe(server.process.pid)
    } finally {
      other.kill('SIGKILL')
      await otherExited
    }
  })

  it('lets a new server start after the first was SIGKILLed', async () => {
    const dir = await dataDir()
    const first = await start(dir)
    expect(await first.stop('SIGKILL')).toBeNull()
    expect(await lockPid(dir)).toBe(first.process.pid)
    const second = await start(dir)
    expect(await lockPid(dir)).toBe(second.process.pid)
  })

  it('refuses reset-password while a server runs', async () => {
    const dir = await dataDir()
    const server = await start(dir)
    const reset = await runToExit(['server/cli/resetPassword.ts', '--email', 'dosen@example.test'], {
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    })
    expect(reset.code).toBe(1)
    const lines = reset.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`pid ${server.process.pid}`)
    expect(lines[0]).toContain(path.join(dir, LOCK_FILE))
  })

  it('refuses a second open of the same folder in this process, and allows it once the first is closed', async () => {
    const dir = await dataDir()
    const storage = await openStorage({ dataDir: dir, LOG_LEVEL: 'silent' })
    await expect(openStorage({ dataDir: dir, LOG_LEVEL: 'silent' })).rejects.toThrow(`pid ${process.pid}`)
    await storage.close()
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false)
    const again = await openStorage({ dataDir: dir, LOG_LEVEL: 'silent' })
    await again.close()
  })
})
