import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { setupClassWithTeams } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, createMessageLog, notesOf, waitForSavedCovering } from '../helpers/yclient'

/** Problems as /healthz reports them. */
interface Healthz {
  status: 'ok' | 'degraded'
  problems?: { code: string; message: string; subject?: string; since: string }[]
}

/** No snapshot but the one the workspace's creation and the stop write: `.prev` is then the empty document. */
const NO_PERIODIC_SNAPSHOTS = { SAVE_DEBOUNCE_MS: '600000', SAVE_MAX_WAIT_MS: '600000' }

describe('damaged files at start (issue 10)', () => {
  const servers: TestServer[] = []
  const dirs: string[] = []

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
    for (const dir of dirs.splice(0)) await removeDataDir(dir)
  })

  const dataDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-damaged-start-'))
    dirs.push(dir)
    return dir
  }
  const start = async (dir: string, env: Record<string, string> = {}) => {
    const server = await startTestServer(env, dir)
    servers.push(server)
    return server
  }
  const stop = async (server: TestServer) => {
    servers.splice(servers.indexOf(server), 1)
    await server.close()
  }
  const healthz = async (server: TestServer): Promise<{ status: number; body: Healthz }> => {
    const res = await fetch(`${server.url}/healthz`)
    return { status: res.status, body: (await res.json()) as Healthz }
  }
  const get = (server: TestServer, token: string, route: string) =>
    fetch(`${server.url}${route}`, { headers: { authorization: `Bearer ${token}` } })

  it('a truncated workspace snapshot is served from its previous version plus the update log', async () => {
    const dir = await dataDir()
    const first = await start(dir, NO_PERIODIC_SNAPSHOTS)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    const workspaceId = setup.workspaceIds[0]!
    const { token } = setup.students[0]![0]!
    const log = createMessageLog()
    const author = await connectSynced(first.wsUrl, workspaceId, token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    author.notes().insert(0, 'analisis yang sudah tersimpan')
    await waitForSavedCovering(log, author.doc)
    author.destroy()
    await stop(first)

    const file = path.join(dir, 'workspaces', `${workspaceId}.json`)
    // The previous snapshot does not hold the text: only the log after it does.
    const prev = JSON.parse(await readFile(`${file}.prev`, 'utf8')) as { state: string }
    const prevDoc = new Y.Doc()
    Y.applyUpdate(prevDoc, Buffer.from(prev.state, 'base64'))
    expect(notesOf(prevDoc).toString()).toBe('')
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 60))

    const second = await start(dir)
    const reader = await connectSynced(second.wsUrl, workspaceId, token)
    expect(reader.notes().toString()).toBe('analisis yang sudah tersimpan')
    reader.destroy()
    const health = await healthz(second)
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('degraded')
    expect(health.body.problems).toEqual([
      expect.objectContaining({ code: 'DAMAGED_FILE', subject: `workspaces/${workspaceId}.json` }),
    ])
    const kept = await readdir(path.join(dir, 'quarantine'), { recursive: true })
    expect(kept).toContain(
      path.join(
        kept.find((e) => !e.includes(path.sep))!,
        'workspaces',
        `${workspaceId}.json`,
      ),
    )
  })

  it('a class file that is null is replaced by its previous version; one with the wrong shape is reported by id', async () => {
    const dir = await dataDir()
    const first = await start(dir)
    const served = await setupClassWithTeams(first.url, { teams: 2, studentsPerTeam: 1 })
    // One more change, so the previous version holds the assignment; only this last change is lost.
    await served.lecturer.api.createTeam(served.classId, 'Tim 3')
    const lost = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    await stop(first)
    await writeFile(path.join(dir, 'classes', `${served.classId}.json`), 'null')
    const lostFile = path.join(dir, 'classes', `${lost.classId}.json`)
    const record = JSON.parse(await readFile(lostFile, 'utf8')) as Record<string, unknown>
    await writeFile(lostFile, JSON.stringify({ ...record, workspaces: { not: 'a list' } }))
    await unlink(`${lostFile}.prev`)

    const second = await start(dir)
    const klass = await get(second, served.lecturer.token, `/api/classes/${served.classId}`)
    expect(klass.status).toBe(200)
    const body = (await klass.json()) as { teams: { id: string }[] }
    expect(body.teams.map((t) => t.id)).toEqual(expect.arrayContaining(served.teamIds))
    const reader = await connectSynced(second.wsUrl, served.workspaceIds[0]!, served.students[0]![0]!.token)
    reader.destroy()
    // The other class is not served, and says why on /healthz, naming its file and id.
    expect([403, 404]).toContain(
      (await get(second, lost.lecturer.token, `/api/classes/${lost.classId}`)).status,
    )
    const { body: health } = await healthz(second)
    expect(health.status).toBe('degraded')
    const problems = health.problems ?? []
    expect(problems.find((p) => p.subject === `classes/${served.classId}.json`)).toMatchObject({
      code: 'DAMAGED_FILE',
    })
    const unavailable = problems.find((p) => p.subject === `classes/${lost.classId}.json`)
    expect(unavailable?.code).toBe('RECORD_UNAVAILABLE')
    expect(unavailable?.message).toContain(`class ${lost.classId} is unavailable`)
    expect(unavailable?.message).toContain('wrong shape at workspaces')
  })

  it('a workspace with no good version is unavailable; the rest of its class is served; clearing the quarantine clears /healthz', async () => {
    const dir = await dataDir()
    const first = await start(dir)
    const setup = await setupClassWithTeams(first.url, { teams: 2, studentsPerTeam: 1 })
    const [broken, fine] = setup.workspaceIds as [string, string]
    const log = createMessageLog()
    const author = await connectSynced(first.wsUrl, fine, setup.students[1]![0]!.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    author.notes().insert(0, 'tim dua bekerja')
    await waitForSavedCovering(log, author.doc)
    author.destroy()
    await stop(first)
    const file = path.join(dir, 'workspaces', `${broken}.json`)
    await writeFile(file, '\u0000\u0000garbage')
    await unlink(`${file}.prev`)

    const second = await start(dir)
    const token = setup.lecturer.token
    expect((await get(second, token, `/api/classes/${setup.classId}/overview`)).status).toBe(200)
    expect((await get(second, token, `/api/classes/${setup.classId}/results.zip?include=live`)).status).toBe(
      200,
    )
    const compare = await get(
      second,
      token,
      `/api/assignments/${setup.assignment.id}/compare?field=fiveC.context.notes&source=live`,
    )
    expect(compare.status).toBe(200)
    const compared = (await compare.json()) as { teams: { workspaceId: string; value: unknown }[] }
    expect(compared.teams.find((t) => t.workspaceId === broken)?.value).toBeNull()
    const reader = await connectSynced(second.wsUrl, fine, setup.students[1]![0]!.token)
    expect(reader.notes().toString()).toBe('tim dua bekerja')
    reader.destroy()

    const { status, body } = await healthz(second)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'degraded',
      problems: [
        expect.objectContaining({ code: 'RECORD_UNAVAILABLE', subject: `workspaces/${broken}.json` }),
      ],
    })
    expect(body.problems?.[0]?.message).toContain(`workspace ${broken}`)

    // The operator has looked at the file and moves it out of the quarantine: no restart needed.
    await rm(path.join(dir, 'quarantine'), { recursive: true })
    await expect.poll(async () => (await healthz(second)).body, { timeout: 5000 }).toEqual({ status: 'ok' })
  })

  it('a garbage log segment and damaged comments and rubric files are reported; nothing stops the start', async () => {
    const dir = await dataDir()
    const first = await start(dir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    const workspaceId = setup.workspaceIds[0]!
    await stop(first)
    const segment = '0000000000000000.0000000000000000.log'
    await writeFile(path.join(dir, 'log', segment), 'not a log segment: text where records should be')
    await writeFile(path.join(dir, 'comments', `${workspaceId}.json`), '{"workspaceId": "x", "thr')
    await writeFile(path.join(dir, 'rubrics', `${setup.assignment.id}.json`), '[1, 2, 3]')

    const second = await start(dir)
    const token = setup.lecturer.token
    expect((await get(second, token, `/api/workspaces/${workspaceId}/comments`)).status).toBe(200)
    expect((await get(second, token, `/api/assignments/${setup.assignment.id}/rubric`)).status).toBe(200)
    const { body } = await healthz(second)
    expect((body.problems ?? []).map((p) => [p.code, p.subject]).sort()).toEqual([
      ['DAMAGED_LOG_SEGMENT', `log/${segment}`],
      ['RECORD_UNAVAILABLE', `comments/${workspaceId}.json`],
      ['RECORD_UNAVAILABLE', `rubrics/${setup.assignment.id}.json`],
    ])
  })
})

describe('the damage of issue 10 on the real executable', () => {
  const children: ChildServer[] = []
  let dir = ''

  afterEach(async () => {
    for (const child of children.splice(0)) await child.stop('SIGKILL')
    if (dir) await removeDataDir(dir)
  })

  it('a truncated workspace file and a garbage class file, neither with a good version: it starts, logs both files, serves the rest, and starts again', async () => {
    dir = await makeDataDir()
    const first = await startChildServer(dir)
    children.push(first)
    const kept = await setupClassWithTeams(first.url, { teams: 2, studentsPerTeam: 1 })
    const garbled = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    expect(await first.stop('SIGTERM')).toBe(0)
    children.splice(0)
    const [truncated, fine] = kept.workspaceIds as [string, string]
    const workspaceFile = path.join(dir, 'workspaces', `${truncated}.json`)
    await writeFile(workspaceFile, (await readFile(workspaceFile, 'utf8')).slice(0, 40))
    await unlink(`${workspaceFile}.prev`)
    const classFile = path.join(dir, 'classes', `${garbled.classId}.json`)
    await writeFile(classFile, '\u0007\u0000 not json at all')
    await unlink(`${classFile}.prev`)

    for (let round = 0; round < 2; round += 1) {
      const server = await startChildServer(dir)
      children.push(server)
      // Class files are all read at start; a workspace snapshot when first read (here by the overview).
      // (stderr, where errors go, may arrive after stdout's "listening")
      if (round === 0)
        await expect
          .poll(() => server.output(), { timeout: 10_000 })
          .toContain(`classes/${garbled.classId}.json`)
      const overview = await fetch(`${server.url}/api/classes/${kept.classId}/overview`, {
        headers: { authorization: `Bearer ${kept.lecturer.token}` },
      })
      expect(overview.status).toBe(200)
      if (round === 0)
        await expect
          .poll(() => server.output(), { timeout: 10_000 })
          .toContain(`workspaces/${truncated}.json`)
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as Healthz
      expect(health.status).toBe('degraded')
      expect((health.problems ?? []).map((p) => p.subject).sort()).toEqual(
        [`classes/${garbled.classId}.json`, `workspaces/${truncated}.json`].sort(),
      )
      const reader = await connectSynced(server.wsUrl, fine, kept.students[1]![0]!.token)
      reader.destroy()
      expect(await server.stop('SIGTERM')).toBe(0)
      children.splice(0)
    }
  })
})
