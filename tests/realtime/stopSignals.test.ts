import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { setupClassWithTeams } from '../helpers/api'
import {
  childServerEnv,
  makeDataDir,
  removeDataDir,
  startChildServer,
  type ChildServer,
} from '../helpers/childServer'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

/**
 * Issue 9, point 4: stopping is safe. A terminal's Ctrl-C signals its whole foreground process group (npm, sh,
 * scripts/start.mjs), npm forwards signals to its child too, and an impatient user presses Ctrl-C again. None of
 * that may cut the server's final save short: an edit the server has received (another client saw it; no save
 * acknowledgement awaited) is there after a restart.
 */

const ROOT = path.resolve(import.meta.dirname, '../..')
const LISTENING = /listening on (http:\/\/\S+)/
const START_MS = 60_000
const STOP_MS = 30_000

/** One process as /proc shows it: enough to follow a process tree and to know a PID was not reused. */
interface ProcInfo {
  pid: number
  ppid: number
  /** Process group id. */
  pgrp: number
  /** R, S, Z (exited, not yet reaped), … */
  state: string
  /** Start time in clock ticks since boot: the same PID with another start time is another process. */
  startTime: string
}

function procInfo(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return {
      pid,
      state: fields[0]!,
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      startTime: fields[19]!,
    }
  } catch {
    return null
  }
}

/** `root` and every process below it (the server runs in a process group of its own, so groups do not tell). */
function processTree(root: number): ProcInfo[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => procInfo(Number(name)))
    .filter((p): p is ProcInfo => p !== null)
  const tree = all.filter((p) => p.pid === root)
  for (let i = 0; i < tree.length; i += 1) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid))
  return tree
}

/** Whether this very process (same PID and start time) still runs; an exited, unreaped one does not. */
function isRunning(p: ProcInfo): boolean {
  const now = procInfo(p.pid)
  return now !== null && now.startTime === p.startTime && now.state !== 'Z'
}

/** The app started the way a user does, as the leader of a new process group (a terminal's foreground job). */
interface Launched {
  child: ChildProcess
  url: string
  wsUrl: string
  /** npm, sh, start.mjs and the server, as they were once the server listened. */
  processes: ProcInfo[]
  /** Everything printed so far (stdout and stderr of all of them). */
  output(): string
  /** Resolves once every process of `processes` has exited. */
  gone(): Promise<void>
}

const launched: Launched[] = []
const servers: ChildServer[] = []
const clients: YClient[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  // Whatever is left of what this test started, by PID, checked to be the same process.
  for (const app of launched.splice(0)) {
    for (const p of app.processes) if (isRunning(p)) process.kill(p.pid, 'SIGKILL')
    if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL')
  }
  for (const server of servers.splice(0)) await server.stop('SIGKILL')
  for (const dir of dirs.splice(0)) await removeDataDir(dir)
})

/** Start `command args` in ROOT as a new process-group leader over `dataDir` and wait for "listening on". */
function launch(command: string, args: string[], dataDir: string): Promise<Launched> {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // CLIENT_DIR is empty: no client to serve, so start.mjs builds none and the test needs no client build.
    env: { ...process.env, ...childServerEnv(dataDir) },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`not listening in time:\n${output}`)), START_MS)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.stdout.off('data', onData)
      reject(error)
    }
    void exited.then(() => fail(new Error(`exited before listening:\n${output}`)))
    const onData = () => {
      const url = LISTENING.exec(output)?.[1]
      if (!url) return
      clearTimeout(timer)
      child.stdout.off('data', onData)
      const processes = processTree(child.pid!)
      const app: Launched = {
        child,
        url,
        wsUrl: url.replace(/^http/, 'ws'),
        processes,
        output: () => output,
        gone: () => allGone(processes, () => output),
      }
      launched.push(app)
      resolve(app)
    }
    child.stdout.on('data', onData)
  })
}

/**
 * Resolve once none of `processes` runs. Nothing announces the exit of a grandchild, so this re-checks /proc
 * every 20 ms (bounded by STOP_MS).
 */
async function allGone(processes: ProcInfo[], output: () => string): Promise<void> {
  const deadline = Date.now() + STOP_MS
  for (;;) {
    const running = processes.filter(isRunning)
    if (running.length === 0) return
    if (Date.now() > deadline) {
      throw new Error(`still running: ${running.map((p) => p.pid).join(', ')}\n${output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A class, one team with one student, and an edit that reached the server (a second device of the student shows it). */
async function editSeenByAnother(url: string, wsUrl: string, text: string) {
  const setup = await setupClassWithTeams(url, { teams: 1, studentsPerTeam: 1 })
  const { token } = setup.students[0]![0]!
  const workspaceId = setup.workspaceIds[0]!
  const author = await connectSynced(wsUrl, workspaceId, token)
  const other = await connectSynced(wsUrl, workspaceId, token)
  clients.push(author, other)
  author.notes().insert(0, text)
  await waitForText(other.doc, text)
  return { token, workspaceId }
}

/** Start the server straight over `dataDir` and read the context notes of a workspace. */
async function notesAfterRestart(dataDir: string, workspaceId: string, token: string): Promise<string> {
  const server = await startChildServer(dataDir)
  servers.push(server)
  const reader = await connectSynced(server.wsUrl, workspaceId, token)
  clients.push(reader)
  return reader.notes().toString()
}

describe.skipIf(process.platform !== 'linux')('stopping from a terminal never loses a received edit', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`npm start, ${signal} to the whole process group twice: one save, nothing lost`, async () => {
      const dataDir = await makeDataDir()
      dirs.push(dataDir)
      const app = await launch('npm', ['start'], dataDir)
      // npm (the group leader), its shell and start.mjs in the terminal's group; the server (with any helper
      // process it runs, such as esbuild's) in one group of its own.
      const leader = app.child.pid!
      expect(app.processes.filter((p) => p.pgrp === leader).length).toBeGreaterThanOrEqual(2)
      const ownGroups = new Set(app.processes.filter((p) => p.pgrp !== leader).map((p) => p.pgrp))
      expect(ownGroups.size).toBe(1)
      const text = `disimpan walau ${signal} dua kali`
      const { token, workspaceId } = await editSeenByAnother(app.url, app.wsUrl, text)

      // What a terminal does on Ctrl-C (SIGINT) or what `kill -- -<pgid>` does, twice in a row.
      process.kill(-app.child.pid!, signal)
      process.kill(-app.child.pid!, signal)
      await app.gone()

      const output = app.output()
      expect(output).toContain(`${signal}: storing everything and stopping`)
      // Exactly one signal reached the server: start.mjs passed on one, and the group's never got to it.
      expect(output).not.toContain('already stopping')
      expect(output).not.toContain('error while stopping')

      expect(await notesAfterRestart(dataDir, workspaceId, token)).toBe(text)
    }, 120_000)
  }

  it('node scripts/start.mjs exits with the server’s code: 0 after a clean stop', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    const app = await launch(process.execPath, ['scripts/start.mjs'], dataDir)
    const exit = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)))
    process.kill(-app.child.pid!, 'SIGINT')
    process.kill(-app.child.pid!, 'SIGINT')
    expect(await exit).toBe(0)
    await app.gone()
  }, 120_000)

  it('start.mjs killed outright (SIGKILL): the server notices, stores everything and stops', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    const app = await launch(process.execPath, ['scripts/start.mjs'], dataDir)
    const text = 'disimpan walau peluncurnya mati'
    const { token, workspaceId } = await editSeenByAnother(app.url, app.wsUrl, text)

    // Only start.mjs: the server, in its own group, learns of it through the closed IPC channel.
    process.kill(app.child.pid!, 'SIGKILL')
    await app.gone()
    expect(app.output()).toContain('launcher exited: storing everything and stopping')

    expect(await notesAfterRestart(dataDir, workspaceId, token)).toBe(text)
  }, 120_000)

  it('the server itself ignores a second signal while it stores everything, and exits 0', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    const server = await startChildServer(dataDir)
    servers.push(server)
    let output = ''
    server.process.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.process.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const text = 'disimpan walau dua sinyal datang bersamaan'
    const { token, workspaceId } = await editSeenByAnother(server.url, server.wsUrl, text)

    // Two signals arriving at once (Ctrl-C and a service manager's SIGTERM): held while the process is
    // stopped, both are delivered together when it continues, so the second always lands during the save.
    // (Two of the same kind would merge into one pending signal.)
    const pid = server.process.pid!
    process.kill(pid, 'SIGSTOP')
    process.kill(pid, 'SIGINT')
    process.kill(pid, 'SIGTERM')
    process.kill(pid, 'SIGCONT')
    expect(await server.stop('SIGINT')).toBe(0)
    expect(output.match(/storing everything and stopping/g)).toHaveLength(1)
    expect(output).toMatch(/SIG(INT|TERM): already stopping; waiting for the final save/)

    expect(await notesAfterRestart(dataDir, workspaceId, token)).toBe(text)
  }, 120_000)
})
