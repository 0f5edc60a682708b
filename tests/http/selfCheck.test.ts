import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SelfCheckView } from '../../cases/contracts/selfCheck'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { removeDataDir } from '../helpers/childServer'

const FORMING = { stage: 'forming', indicators: ['tentative', 'cautious'], note: 'Kami masih canggung.' }
const STORMING = { stage: 'storming', indicators: ['conflictArises', 'cautious'] }
const path_ = (workspaceId: string) => `/api/workspaces/${workspaceId}/self-check`

describe('the team stage self-check over HTTP', () => {
  let server: TestServer
  let mine: ClassSetup
  let theirs: ClassSetup

  beforeAll(async () => {
    server = await startTestServer()
    mine = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 3 })
    theirs = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(() => server.dispose())

  it('a member answers, changes their answer, and the team sees counts only, with a prompt when stages differ', async () => {
    const [a, b, c] = mine.students[0]!
    const workspaceId = mine.workspaceIds[0]!
    const first = await a!.api.request<SelfCheckView>('PUT', path_(workspaceId), FORMING)
    expect(first.status).toBe(200)
    expect(first.body.mine).toMatchObject({ stage: 'forming', indicators: ['tentative', 'cautious'] })
    expect(first.body.team).toMatchObject({ members: 3, responses: 1, spread: false })

    await b!.api.request('PUT', path_(workspaceId), { ...FORMING, note: undefined })
    const changed = await b!.api.request<SelfCheckView>('PUT', path_(workspaceId), STORMING)
    expect(changed.body.mine).toMatchObject({ stage: 'storming', note: '' })
    expect(Date.parse(changed.body.mine!.answeredAt)).not.toBeNaN()

    const seen = await c!.api.request<SelfCheckView>('GET', path_(workspaceId))
    expect(seen.status).toBe(200)
    expect(seen.body.mine).toBeNull()
    expect(seen.body.team).toEqual({
      members: 3,
      responses: 2,
      byStage: { forming: 1, storming: 1, norming: 0, performing: 0 },
      indicators: { tentative: 1, cautious: 2, conflictArises: 1 },
      spread: true,
    })
    // Never who answered what: no names, ids or notes of others reach a student.
    expect(seen.body.answers).toBeUndefined()
    const raw = JSON.stringify(seen.body)
    for (const member of [a!, b!]) {
      expect(raw).not.toContain(member.name)
      expect(raw).not.toContain(member.id)
    }
    expect(raw).not.toContain('canggung')
  })

  it("the class's lecturers see each member's answer with names; they cannot answer", async () => {
    const workspaceId = mine.workspaceIds[0]!
    const view = await mine.lecturer.api.request<SelfCheckView>('GET', path_(workspaceId))
    expect(view.status).toBe(200)
    expect(view.body.mine).toBeNull()
    const [a, b] = mine.students[0]!
    expect(view.body.answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userId: a!.id,
          name: a!.name,
          stage: 'forming',
          note: 'Kami masih canggung.',
        }),
        expect.objectContaining({ userId: b!.id, name: b!.name, stage: 'storming' }),
      ]),
    )
    expect(view.body.answers).toHaveLength(2)
    expect((await mine.lecturer.api.request('PUT', path_(workspaceId), FORMING)).status).toBe(403)
  })

  it('another team, another class and a lecturer of another class are refused with 403, whether or not it exists', async () => {
    const workspaceId = mine.workspaceIds[0]!
    const outsiders = [mine.students[1]![0]!.api, theirs.students[0]![0]!.api, theirs.lecturer.api]
    for (const api of outsiders) {
      expect((await api.request('GET', path_(workspaceId))).status).toBe(403)
      expect((await api.request('GET', path_('no-such-workspace'))).status).toBe(403)
    }
    for (const api of outsiders.slice(0, 2)) {
      expect((await api.request('PUT', path_(workspaceId), FORMING)).status).toBe(403)
      expect((await api.request('PUT', path_('no-such-workspace'), FORMING)).status).toBe(403)
    }
    expect((await createApi(server.url).request('GET', path_(workspaceId))).status).toBe(401)
    // Nothing the outsiders sent was counted.
    const after = await mine.lecturer.api.request<SelfCheckView>('GET', path_(workspaceId))
    expect(after.body.team.responses).toBe(2)
  })

  it('bad answers get 400 with a clear error and change nothing', async () => {
    const student = mine.students[1]![1]!
    const workspaceId = mine.workspaceIds[1]!
    const bad = [
      { stage: 'adjourning', indicators: [] },
      { stage: 'forming', indicators: ['noSuchIndicator'] },
      { stage: 'forming', indicators: ['tentative', 'tentative'] },
      { stage: 'forming', indicators: 'tentative' },
      { stage: 'forming', indicators: [], note: 'x'.repeat(501) },
      { indicators: [] },
    ]
    for (const body of bad) {
      const res = await student.api.request<{ error: { code: string; message: string } }>(
        'PUT',
        path_(workspaceId),
        body,
      )
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('validation')
      expect(res.body.error.message).not.toMatch(/\/|at .*\.ts/)
    }
    const view = await student.api.request<SelfCheckView>('GET', path_(workspaceId))
    expect(view.body).toMatchObject({ mine: null, team: { responses: 0 } })
  })

  it('a submitted workspace still accepts the self-check', async () => {
    const [student] = mine.students[1]!
    const workspaceId = mine.workspaceIds[1]!
    expect((await student!.api.request('POST', `/api/workspaces/${workspaceId}/submit`)).status).toBe(201)
    const res = await student!.api.request<SelfCheckView>('PUT', path_(workspaceId), {
      stage: 'performing',
      indicators: ['results'],
    })
    expect(res.status).toBe(200)
    expect(res.body.team.responses).toBe(1)
  })
})

describe('stored self-checks', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((d) => removeDataDir(d))))

  it('survive a restart in their own lowdb file per workspace', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-selfcheck-'))
    dirs.push(dir)
    const first = await startTestServer({}, dir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 2 })
    const workspaceId = setup.workspaceIds[0]!
    await setup.students[0]![0]!.api.request('PUT', path_(workspaceId), FORMING)
    await first.close()

    const file = JSON.parse(await readFile(path.join(dir, 'selfchecks', `${workspaceId}.json`), 'utf8'))
    expect(file.answers[setup.students[0]![0]!.id].stage).toBe('forming')

    const second = await startTestServer({}, dir)
    try {
      const student = createApi(second.url, setup.students[0]![0]!.token)
      const view = await student.request<SelfCheckView>('GET', path_(workspaceId))
      expect(view.body.mine).toMatchObject(FORMING)
      expect(view.body.team.responses).toBe(1)
    } finally {
      await second.close()
    }
  })

  it('are deleted with their class', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-selfcheck-'))
    dirs.push(dir)
    const running = await startTestServer({}, dir)
    try {
      const setup = await setupClassWithTeams(running.url, { teams: 1, studentsPerTeam: 1 })
      const workspaceId = setup.workspaceIds[0]!
      await setup.students[0]![0]!.api.request('PUT', path_(workspaceId), FORMING)
      const file = path.join(dir, 'selfchecks', `${workspaceId}.json`)
      await expect(readFile(file, 'utf8')).resolves.toContain('forming')
      expect((await setup.lecturer.api.request('DELETE', `/api/classes/${setup.classId}`)).status).toBe(204)
      await vi.waitFor(() => expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/))
    } finally {
      await running.close()
    }
  })
})
