import { chmod, lstat, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SnapshotSummary } from '../../cases/contracts/history'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import { runCli } from '../helpers/cli'
import { secretFileOf } from '../helpers/startTestServer'
import { connectSynced, type YClient } from '../helpers/yclient'

/** Every folder and file under `dir` (itself included), with its permission bits; symbolic links not followed. */
async function modesUnder(dir: string): Promise<Map<string, { mode: number; isDir: boolean }>> {
  const found = new Map([[dir, { mode: (await lstat(dir)).mode & 0o777, isDir: true }]])
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    const stats = await lstat(file)
    found.set(file, { mode: stats.mode & 0o777, isDir: stats.isDirectory() })
  }
  return found
}

/** Paths under `dir` whose mode is not 0700 (folders) or 0600 (files). */
async function notPrivate(dir: string): Promise<string[]> {
  const modes = await modesUnder(dir)
  return [...modes]
    .filter(([, m]) => m.mode !== (m.isDir ? 0o700 : 0o600))
    .map(([file, m]) => `${path.relative(dir, file) || '.'} ${m.mode.toString(8)}`)
}

const EDITING = { HISTORY_INTERVAL_MS: '100', SAVE_DEBOUNCE_MS: '50', SAVE_MAX_WAIT_MS: '200' }
const servers: ChildServer[] = []
const dirs: string[] = []
const clients: YClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')))
  await Promise.all(dirs.splice(0).map(removeDataDir))
})
async function start(dir: string): Promise<ChildServer> {
  const server = await startChildServer(dir, EDITING)
  servers.push(server)
  return server
}

/** What a class does in a term: accounts, a class, students, edits, history, a submission, a comment. */
async function useTheApp(server: ChildServer): Promise<ClassSetup> {
  const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
  const workspaceId = setup.workspaceIds[0]!
  const member = setup.students[0]![0]!
  const client = await connectSynced(server.wsUrl, workspaceId, member.token)
  clients.push(client)
  client.notes().insert(0, 'Klien tinggal bersama neneknya.')
  await vi.waitFor(
    async () => {
      const history = await member.api.request<SnapshotSummary[]>(
        'GET',
        `/api/workspaces/${workspaceId}/history`,
      )
      expect(history.body.length).toBeGreaterThan(0)
    },
    { timeout: 10_000 },
  )
  expect((await member.api.request('POST', `/api/workspaces/${workspaceId}/submit`)).status).toBe(201)
  await setup.lecturer.api.createComment(
    workspaceId,
    { templateId: 'fiveC', path: ['condition'] },
    'Tambahkan buktinya.',
  )
  return setup
}

describe('data at rest', () => {
  it('every folder the app creates is 0700 and every file 0600, after a realistic run, a damaged file and a restore', async () => {
    const dir = await makeDataDir()
    dirs.push(dir)
    const server = await start(dir)
    const setup = await useTheApp(server)
    // While it runs (the lock, the update log's open segments) and after it stopped.
    expect(await notPrivate(dir)).toEqual([])
    expect(await server.stop('SIGTERM')).toBe(0)
    expect(await notPrivate(dir)).toEqual([])
    const names = [...(await modesUnder(dir)).keys()].map((f) => path.relative(dir, f))
    for (const expected of [
      'lecturers.json',
      'sessions.json',
      'classes',
      'workspaces',
      'history',
      'versions',
      'comments',
      'log',
    ])
      expect(names, expected).toContain(expected)
    expect((await lstat(secretFileOf(dir))).mode & 0o777).toBe(0o600)

    // A damaged class file goes to the quarantine (with its note) at the next start.
    await writeFile(path.join(dir, 'classes', `${setup.classId}.json`), '{"truncated": ')
    const again = await start(dir)
    expect((await readdir(path.join(dir, 'quarantine'))).length).toBe(1)
    expect(await notPrivate(dir)).toEqual([])

    // A backup while it runs, and a restore once it stopped: both private, the folder moved aside too.
    const backup = `${dir}-backup`
    dirs.push(backup)
    expect((await runCli('backup', [backup], dir)).code).toBe(0)
    expect(await notPrivate(backup)).toEqual([])
    expect(await again.stop('SIGTERM')).toBe(0)
    const restored = await runCli('restore', [backup], dir)
    expect(restored.code).toBe(0)
    const aside = /previous contents are in (\S+)$/.exec(restored.stdout.trim())?.[1]
    dirs.push(aside!)
    expect(await notPrivate(dir)).toEqual([])
    expect((await lstat(aside!)).mode & 0o777).toBe(0o700)
  })

  it('a data folder an earlier version left readable is made private at the next start, logged once', async () => {
    const dir = await makeDataDir()
    dirs.push(dir)
    const first = await start(dir)
    await useTheApp(first)
    expect(await first.stop('SIGTERM')).toBe(0)
    // As earlier versions (and a umask of 022) left it.
    const modes = await modesUnder(dir)
    for (const [file, m] of modes) await chmod(file, m.isDir ? 0o755 : 0o644)
    expect((await notPrivate(dir)).length).toBe(modes.size)

    const second = await start(dir)
    expect(await notPrivate(dir)).toEqual([])
    const lines = second
      .output()
      .split('\n')
      .filter((l) => l.includes('private (0700/0600)'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`made ${modes.size} file(s) and folder(s) in ${dir} private`)
    // Its data is all there.
    expect(JSON.parse(await readFile(path.join(dir, 'lecturers.json'), 'utf8')).lecturers).toHaveLength(1)
    expect(await second.stop('SIGTERM')).toBe(0)

    // Nothing to tighten the next time: no line.
    const third = await start(dir)
    expect(third.output()).not.toContain('private (0700/0600)')
  })
})
