import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { VersionSummary, WorkspaceDetail, WorkspaceSummary } from '../../cases/contracts/http'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, unique, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { EXPORT_FORMAT } from '../../cases/export/envelope'
import { EXPORT_SCHEMA_PATH } from '../../cases/export/schema'

const caseId = CASE_LIBRARY[0]!.id
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()

async function otherLecturer(baseUrl: string): Promise<Api> {
  const auth = await createApi(baseUrl).registerLecturer({
    name: 'Dosen Lain',
    email: `${unique('lain')}@example.test`,
    password: 'kata-sandi-rahasia',
  })
  const api = createApi(baseUrl, auth.token)
  await api.createClass('Kelas Lain')
  return api
}

describe('submitting, returning and versions over HTTP', () => {
  let server: TestServer
  let setup: ClassSetup
  let stranger: Api
  let anonymous: Api

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    stranger = await otherLecturer(server.url)
    anonymous = createApi(server.url)
  })
  afterAll(() => server.dispose())

  const member = () => setup.students[0]![0]!.api
  const teammate = () => setup.students[0]![1]!.api
  const otherTeam = () => setup.students[1]![0]!.api
  const lecturer = () => setup.lecturer.api

  it('lets only a member of the team submit: others get 403, no session 401, a second submit 409', async () => {
    const ws = setup.workspaceIds[0]!
    const submit = (api: Api) => api.request<VersionSummary>('POST', `/api/workspaces/${ws}/submit`)
    expect((await submit(anonymous)).status).toBe(401)
    expect((await submit(otherTeam())).status).toBe(403)
    expect((await submit(lecturer())).status).toBe(403)
    expect((await submit(stranger)).status).toBe(403)
    const first = await submit(member())
    expect(first.status).toBe(201)
    expect(first.body).toEqual({
      version: 1,
      submittedAt: expect.stringMatching(/Z$/),
      submittedBy: { id: setup.students[0]![0]!.id, name: setup.students[0]![0]!.name },
    })
    const again = await submit(teammate())
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { code: 'conflict', reason: 'workspace_submitted' } })
  })

  it('shows the status, a read access for students while submitted, and the last submission', async () => {
    const ws = setup.workspaceIds[0]!
    const [mine] = (await member().listWorkspaces()).filter((w) => w.id === ws)
    expect(mine).toMatchObject({ status: 'submitted', access: 'read', late: false })
    expect(mine?.lastSubmission?.version).toBe(1)
    expect((await lecturer().getWorkspace(ws)).status).toBe('submitted')
    const other = await otherTeam().getWorkspace(setup.workspaceIds[1]!)
    expect(other).toMatchObject({ status: 'open', access: 'write', late: false, lastSubmission: null })
  })

  it('lets only a lecturer of the class return the work: students 403, another lecturer 403, then 409', async () => {
    const ws = setup.workspaceIds[0]!
    const giveBack = (api: Api) => api.request('POST', `/api/workspaces/${ws}/return`)
    expect((await giveBack(anonymous)).status).toBe(401)
    expect((await giveBack(member())).status).toBe(403)
    expect((await giveBack(otherTeam())).status).toBe(403)
    expect((await giveBack(stranger)).status).toBe(403)
    const returned = await giveBack(lecturer())
    expect(returned.status).toBe(200)
    expect(returned.body).toEqual({ status: 'open' })
    expect(await member().getWorkspace(ws)).toMatchObject({ status: 'open', access: 'write' })
    expect((await giveBack(lecturer())).status).toBe(409)
  })

  it('numbers resubmissions 1, 2 and shows versions to the team and the class lecturers only', async () => {
    const ws = setup.workspaceIds[0]!
    const second = await teammate().request<VersionSummary>('POST', `/api/workspaces/${ws}/submit`)
    expect(second.status).toBe(201)
    expect(second.body.version).toBe(2)
    const list = (api: Api) => api.request<VersionSummary[]>('GET', `/api/workspaces/${ws}/versions`)
    const listed = await list(member())
    expect(listed.status).toBe(200)
    expect(listed.body.map((v) => v.version)).toEqual([1, 2])
    expect(listed.body[1]?.submittedBy.id).toBe(setup.students[0]![1]!.id)
    expect((await list(lecturer())).body).toEqual(listed.body)
    expect((await list(otherTeam())).status).toBe(403)
    expect((await list(stranger)).status).toBe(403)
    expect((await list(anonymous)).status).toBe(401)

    const one = (api: Api, n: string) =>
      api.request<Record<string, unknown>>('GET', `/api/workspaces/${ws}/versions/${n}`)
    expect((await one(lecturer(), '2')).body).toMatchObject({ version: 2, format: EXPORT_FORMAT })
    expect((await one(otherTeam(), '1')).status).toBe(403)
    expect((await one(stranger, '1')).status).toBe(403)
    expect((await one(anonymous, '1')).status).toBe(401)
    expect((await one(member(), '3')).status).toBe(404)
    expect((await one(member(), '0')).status).toBe(404)
    const notANumber = await one(member(), 'abc')
    expect(notANumber.status).toBe(400)
    expect(notANumber.body).toMatchObject({ error: { code: 'validation' } })
    expect((await one(member(), '1.5')).status).toBe(400)
  })

  it('stores each version in its own file, exactly as served, valid against the published schema', async () => {
    const ws = setup.workspaceIds[0]!
    const schema = JSON.parse(await readFile(EXPORT_SCHEMA_PATH, 'utf8')) as object
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)
    const files = (await readdir(path.join(server.dataDir, 'versions', ws))).sort()
    expect(files).toEqual(['v1.json', 'v1.yjs', 'v2.json', 'v2.yjs'])
    for (const n of [1, 2]) {
      const served = await lecturer().request<Record<string, unknown>>(
        'GET',
        `/api/workspaces/${ws}/versions/${n}`,
      )
      const stored = JSON.parse(
        await readFile(path.join(server.dataDir, 'versions', ws, `v${n}.json`), 'utf8'),
      ) as Record<string, unknown>
      expect(stored).toEqual(served.body)
      // The team gets the same result without the contribution mirror, which the lecturer has not shared.
      const { contributions, ...withoutMirror } = stored
      expect(contributions).toBeDefined()
      expect((await member().request('GET', `/api/workspaces/${ws}/versions/${n}`)).body).toEqual(
        withoutMirror,
      )
      expect(validate(served.body), JSON.stringify(validate.errors)).toBe(true)
      expect(served.body).toMatchObject({ version: n, workspace: { id: ws }, team: { id: setup.teamIds[0] } })
      expect(served.body.exportedAt).toBe(served.body.submittedAt)
    }
  })

  it('flags work late while open after the due time and when submitted after it, not before', async () => {
    const past = await lecturer().createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      dueAt: inSeconds(-60),
    })
    const future = await lecturer().createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      dueAt: inSeconds(3600),
    })
    const wsOf = (a: typeof past) => a.workspaces.find((w) => w.teamId === setup.teamIds[0])!.id
    const detail = (ws: string) => member().getWorkspace(ws)
    expect((await detail(wsOf(past))).late).toBe(true)
    expect((await detail(wsOf(future))).late).toBe(false)
    await member().request('POST', `/api/workspaces/${wsOf(past)}/submit`)
    await member().request('POST', `/api/workspaces/${wsOf(future)}/submit`)
    expect(await detail(wsOf(past))).toMatchObject({ status: 'submitted', late: true })
    expect(await detail(wsOf(future))).toMatchObject({ status: 'submitted', late: false })
  })

  it('stores the due time in UTC and refuses lockAtDue without a due time', async () => {
    const created = await lecturer().createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      dueAt: '2030-01-01T09:00:00+08:00',
      lockAtDue: true,
    })
    expect(created).toMatchObject({ dueAt: '2030-01-01T01:00:00.000Z', lockAtDue: true })
    const refused = await lecturer().request('POST', `/api/classes/${setup.classId}/assignments`, {
      caseId,
      templates: ['fiveC'],
      lockAtDue: true,
    })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({
      error: { code: 'validation', message: expect.stringMatching(/^lockAtDue/) },
    })
  })
})

describe('deleting a workspace', () => {
  it('deletes its versions with it', async () => {
    const server = await startTestServer()
    try {
      const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
      const [gone, kept] = setup.workspaceIds
      await setup.students[0]![0]!.api.request('POST', `/api/workspaces/${gone}/submit`)
      await setup.students[1]![0]!.api.request('POST', `/api/workspaces/${kept}/submit`)
      const folder = (ws: string) => path.join(server.dataDir, 'versions', ws)
      expect(await readdir(folder(gone!))).toHaveLength(2)
      const student = setup.students[0]![0]!.id
      await setup.lecturer.api.request('DELETE', `/api/classes/${setup.classId}/students/${student}`)
      const res = await setup.lecturer.api.request(
        'DELETE',
        `/api/classes/${setup.classId}/teams/${setup.teamIds[0]}`,
      )
      expect(res.status).toBe(204)
      await vi.waitFor(() => expect(readdir(folder(gone!))).rejects.toMatchObject({ code: 'ENOENT' }))
      expect(await readdir(folder(kept!))).toEqual(['v1.json', 'v1.yjs'])
    } finally {
      await server.dispose()
    }
  })
})

describe('locking at the due time', () => {
  let server: TestServer
  let firstDataDir = ''
  afterAll(async () => {
    await server.dispose()
    await rm(firstDataDir, { recursive: true, force: true })
  })

  it('submits every open workspace as the system at the due time, not late, and leaves submitted ones be', async () => {
    server = await startTestServer()
    firstDataDir = server.dataDir
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const assignment = await setup.lecturer.api.createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      dueAt: inSeconds(1.5),
      lockAtDue: true,
    })
    const [first, second] = setup.teamIds.map((t) => assignment.workspaces.find((w) => w.teamId === t)!.id)
    const early = await setup.students[0]![0]!.api.request<VersionSummary>(
      'POST',
      `/api/workspaces/${first}/submit`,
    )
    expect(early.status).toBe(201)

    const student = setup.students[1]![0]!.api
    await vi.waitFor(async () => expect((await student.getWorkspace(second!)).status).toBe('submitted'), {
      timeout: 10_000,
      interval: 100,
    })
    const detail: WorkspaceDetail = await student.getWorkspace(second!)
    expect(detail).toMatchObject({ access: 'read', late: false, lastSubmission: { version: 1 } })
    expect(detail.lastSubmission?.submittedBy.id).toBe('system')
    const firstVersions = await setup.lecturer.api.request<VersionSummary[]>(
      'GET',
      `/api/workspaces/${first}/versions`,
    )
    expect(firstVersions.body.map((v) => v.submittedBy.id)).toEqual([setup.students[0]![0]!.id])
  })

  it('arms the lock again when the server starts, and does not lock returned work a second time', async () => {
    const dataDir = server.dataDir
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const assignment = await setup.lecturer.api.createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      dueAt: inSeconds(2.5),
      lockAtDue: true,
    })
    const ws = assignment.workspaces[0]!.id
    await server.close()
    server = await startTestServer({}, dataDir)
    const student = createApi(server.url, setup.students[0]![0]!.token)
    await vi.waitFor(async () => expect((await student.getWorkspace(ws)).status).toBe('submitted'), {
      timeout: 10_000,
      interval: 100,
    })
    const lecturer = createApi(server.url, setup.lecturer.token)
    expect((await lecturer.request('POST', `/api/workspaces/${ws}/return`)).status).toBe(200)
    await server.close()
    server = await startTestServer({}, dataDir)
    const list: WorkspaceSummary[] = await createApi(
      server.url,
      setup.students[0]![0]!.token,
    ).listWorkspaces()
    expect(list.find((w) => w.id === ws)).toMatchObject({ status: 'open', access: 'write', late: true })
  })
})
