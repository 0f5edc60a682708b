import { readFile, rm } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020'
import { EXPORT_SCHEMA_PATH } from '../../cases/export/schema'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SubmitConfirmations, WorkspaceConfirmationsEvent } from '../../cases/contracts/confirmations'
import type { Assignment, VersionSummary } from '../../cases/contracts/http'
import { CASE_LIBRARY } from '../../cases/library'
import { startExercise } from '../exercises/helpers'
import { createApi, setupClassWithTeams, type Api, type ClassSetup } from '../helpers/api'
import { disposeAfterEach } from '../helpers/fixtures'
import { connectSocket, nextEvent, type ClientSocket } from '../helpers/sockets'
import { secretFileOf, startTestServer, type TestServer } from '../helpers/startTestServer'

const caseId = CASE_LIBRARY[0]!.id
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()
type Pending = { pending: { id: string; name: string }[] }

const submit = (api: Api, ws: string) =>
  api.request<VersionSummary | Pending>('POST', `/api/workspaces/${ws}/submit`)
const withdraw = (api: Api, ws: string) =>
  api.request<SubmitConfirmations>('DELETE', `/api/workspaces/${ws}/submit/confirmation`)
const settings = (api: Api, assignmentId: string, body: unknown) =>
  api.request<Assignment>('PUT', `/api/assignments/${assignmentId}/settings`, body)
const named = (s: { id: string; name: string }) => ({ id: s.id, name: s.name })

describe('every member confirms before the work is submitted', () => {
  let server: TestServer
  let dataDir = ''
  let setup: ClassSetup
  const sockets: ClientSocket[] = []

  beforeAll(async () => {
    server = await startTestServer()
    dataDir = server.dataDir
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 3 })
  })
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect()
    await server.dispose()
    await rm(dataDir, { recursive: true, force: true })
    await rm(secretFileOf(dataDir), { force: true })
  })

  const team = () => setup.students[0]!
  const ws = () => setup.workspaceIds[0]!

  it('is off by default, and the settings take each field alone (the old body keeps working)', async () => {
    expect(setup.assignment.allMustConfirm).toBe(false)
    const lecturer = setup.lecturer.api
    const old = await settings(lecturer, setup.assignment.id, { showContributionsToTeam: true })
    expect(old.status).toBe(200)
    expect(old.body).toMatchObject({ showContributionsToTeam: true, allMustConfirm: false })
    const on = await settings(lecturer, setup.assignment.id, { allMustConfirm: true })
    expect(on.body).toMatchObject({ showContributionsToTeam: true, allMustConfirm: true })
    expect((await settings(lecturer, setup.assignment.id, {})).status).toBe(400)
    expect((await settings(lecturer, setup.assignment.id, { allMustConfirm: 'yes' })).status).toBe(400)
    expect((await settings(team()[0]!.api, setup.assignment.id, { allMustConfirm: false })).status).toBe(403)
    expect(await team()[0]!.api.getWorkspace(ws())).toMatchObject({
      confirmations: { required: true, confirmed: [], pending: team().map(named) },
    })
  })

  it('answers 202 with who is pending, tells the team and lecturers live, and the last confirmation submits', async () => {
    const [a, b, c] = team()
    const teammateSocket = await connectSocket(server.url, c!.token, sockets)
    const lecturerSocket = await connectSocket(server.url, setup.lecturer.token, sockets)
    const otherTeamSocket = await connectSocket(server.url, setup.students[1]![0]!.token, sockets)
    let leaked = 0
    otherTeamSocket.on('workspace:confirmations', () => (leaked += 1))
    const seenByTeammate = nextEvent(teammateSocket, 'workspace:confirmations')
    const seenByLecturer = nextEvent(lecturerSocket, 'workspace:confirmations')

    const first = await submit(a!.api, ws())
    expect(first.status).toBe(202)
    expect(first.body).toEqual({ pending: [named(b!), named(c!)] })
    const expected: WorkspaceConfirmationsEvent = {
      workspaceId: ws(),
      required: true,
      confirmed: [named(a!)],
      pending: [named(b!), named(c!)],
    }
    expect(await seenByTeammate).toEqual(expected)
    expect(await seenByLecturer).toEqual(expected)
    // Confirming twice changes nothing.
    expect((await submit(a!.api, ws())).body).toEqual({ pending: [named(b!), named(c!)] })

    // A lecturer cannot confirm, nor a student of another team.
    expect((await submit(setup.lecturer.api, ws())).status).toBe(403)
    expect((await submit(setup.students[1]![0]!.api, ws())).status).toBe(403)
    expect((await withdraw(setup.students[1]![0]!.api, ws())).status).toBe(403)
    expect((await withdraw(setup.lecturer.api, ws())).status).toBe(403)

    expect((await submit(b!.api, ws())).body).toEqual({ pending: [named(c!)] })
    // B withdraws: pending again.
    const back = await withdraw(b!.api, ws())
    expect(back.status).toBe(200)
    expect(back.body).toEqual({ required: true, confirmed: [named(a!)], pending: [named(b!), named(c!)] })
    expect((await submit(c!.api, ws())).body).toEqual({ pending: [named(b!)] })

    const status = nextEvent(teammateSocket, 'workspace:status')
    const last = await submit(b!.api, ws())
    expect(last.status).toBe(201)
    expect(last.body).toMatchObject({ version: 1, submittedBy: named(b!) })
    expect(await status).toMatchObject({ workspaceId: ws(), status: 'submitted' })
    expect((await withdraw(a!.api, ws())).status).toBe(409)
    expect(leaked).toBe(0)
  })

  it('a return clears the confirmations: everyone confirms again', async () => {
    const [a, b, c] = team()
    expect((await setup.lecturer.api.request('POST', `/api/workspaces/${ws()}/return`)).status).toBe(200)
    expect((await a!.api.getWorkspace(ws())).confirmations).toEqual({
      required: true,
      confirmed: [],
      pending: [named(a!), named(b!), named(c!)],
    })
    expect((await submit(a!.api, ws())).status).toBe(202)
  })

  it('a member who leaves no longer counts, a new member must confirm, and a restart keeps the confirmations', async () => {
    const [a, b, c] = team()
    expect((await submit(b!.api, ws())).body).toEqual({ pending: [named(c!)] })
    // B moves to the other team: their confirmation no longer counts.
    const socket = await connectSocket(server.url, a!.token, sockets)
    const pruned = nextEvent(socket, 'workspace:confirmations', (e) => e.workspaceId === ws())
    const moved = await setup.lecturer.api.request(
      'PATCH',
      `/api/classes/${setup.classId}/students/${b!.id}`,
      {
        teamId: setup.teamIds[1],
      },
    )
    expect(moved.status).toBe(200)
    expect(await pruned).toMatchObject({ confirmed: [named(a!)], pending: [named(c!)] })
    // A newcomer joins the team: they must confirm too.
    const joined = await createApi(server.url).join({
      joinCode: setup.joinCode,
      name: 'Pendatang',
      teamId: setup.teamIds[0],
    })
    await vi.waitFor(async () =>
      expect((await a!.api.getWorkspace(ws())).confirmations?.pending.map((m) => m.id)).toEqual([
        c!.id,
        joined.user.id,
      ]),
    )

    await server.close()
    server = await startTestServer({}, server.dataDir)
    const again = createApi(server.url, c!.token)
    expect((await again.getWorkspace(ws())).confirmations).toMatchObject({
      confirmed: [named(a!)],
      pending: [named(c!), { id: joined.user.id, name: 'Pendatang' }],
    })
    expect((await submit(again, ws())).body).toEqual({ pending: [{ id: joined.user.id, name: 'Pendatang' }] })
    expect((await submit(createApi(server.url, joined.token), ws())).status).toBe(201)
  })
})

describe('the due time and an exercise end submit regardless of pending confirmations', () => {
  const { servers, sockets } = disposeAfterEach()

  it('the due-time lock submits as the system while confirmations are pending', async () => {
    const server = await startTestServer()
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const assignment = await setup.lecturer.api.createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      dueAt: inSeconds(2),
      lockAtDue: true,
    })
    await settings(setup.lecturer.api, assignment.id, { allMustConfirm: true })
    const workspace = assignment.workspaces[0]!.id
    const [a] = setup.students[0]!
    expect((await submit(a!.api, workspace)).status).toBe(202)
    await vi.waitFor(async () => expect((await a!.api.getWorkspace(workspace)).status).toBe('submitted'), {
      timeout: 10_000,
      interval: 100,
    })
    const detail = await a!.api.getWorkspace(workspace)
    expect(detail.lastSubmission?.submittedBy.id).toBe('system')
    expect(detail.confirmations).toEqual({ required: true, confirmed: [], pending: [] })
  })

  it('the end of an exercise submits every workspace while confirmations are pending', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const created = await startExercise(klass.lecturer.api, klass.classId)
    await settings(klass.lecturer.api, created.assignmentId, { allMustConfirm: true })
    const workspace = created.workspaces[0]!.id
    const [a] = klass.students[0]!
    expect((await submit(a!.api, workspace)).status).toBe(202)
    const socket = await connectSocket(server.url, a!.token, sockets)
    const status = nextEvent(socket, 'workspace:status')
    expect((await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/end`)).status).toBe(200)
    expect((await status).version?.submittedBy.id).toBe('system')
  })
})

describe('assignment instructions', () => {
  const { servers } = disposeAfterEach()

  it('are set at creation, edited via the settings, served with the workspace, and validated', async () => {
    const server = await startTestServer()
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const lecturer = setup.lecturer.api
    const text = 'Baca kasusnya, lalu isi 5 C. <b>bukan HTML</b>'
    const created = await lecturer.createAssignment(setup.classId, {
      caseId,
      templates: ['fiveC'],
      instructions: { id: `  ${text}  ` },
    })
    expect(created.instructions).toEqual({ id: text })
    const student = setup.students[0]![0]!.api
    const workspace = created.workspaces[0]!.id
    expect((await student.getWorkspace(workspace)).instructions).toEqual({ id: text })

    const edited = await settings(lecturer, created.id, {
      instructions: { id: '', en: 'Read the case first.' },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.instructions).toEqual({ en: 'Read the case first.' })
    expect((await student.getWorkspace(workspace)).instructions).toEqual({ en: 'Read the case first.' })
    // The export carries them, and still validates against the published schema.
    const exported = await student.exportWorkspace(workspace)
    expect(exported.workspace.instructions).toEqual({ en: 'Read the case first.' })
    const schema = JSON.parse(await readFile(EXPORT_SCHEMA_PATH, 'utf8')) as object
    const valid = new Ajv2020({ allErrors: true, strict: true }).compile(schema)
    expect(valid(exported), JSON.stringify(valid.errors)).toBe(true)
    expect((await settings(lecturer, created.id, { instructions: {} })).body.instructions).toBeUndefined()

    const tooLong = await settings(lecturer, created.id, { instructions: { id: 'x'.repeat(4001) } })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toMatchObject({ error: { code: 'validation' } })
    const badCreate = await lecturer.request('POST', `/api/classes/${setup.classId}/assignments`, {
      caseId,
      templates: ['fiveC'],
      instructions: { en: 42 },
    })
    expect(badCreate.status).toBe(400)
  })
})
