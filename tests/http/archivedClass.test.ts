import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommentThread } from '../../cases/contracts/comments'
import type { CreatedExercise, SocketAck } from '../../cases/contracts/exercises'
import type { ClassSummary } from '../../cases/contracts/http'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, type Api, type ClassSetup } from '../helpers/api'
import { connectSocket, type ClientSocket } from '../helpers/sockets'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { startExercise } from '../exercises/helpers'

const ANCHOR = { templateId: 'fiveC', path: ['context', 'notes'] }
const RUBRIC = {
  criteria: [
    {
      id: 'c1',
      templateId: null,
      title: { id: 'Kriteria', en: 'Criterion' },
      description: { id: 'Uraian', en: 'Description' },
      levels: [{ id: 'l1', label: { id: 'Baik', en: 'Good' }, points: 4 }],
    },
  ],
}

type Who = 'lecturer' | 'student'
interface WriteRoute {
  who: Who
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
}

let server: TestServer
let setup: ClassSetup
let student: Api
let exercise: CreatedExercise
let thread: CommentThread
let openWorkspace: string
let submittedWorkspace: string
let otherTeamId: string
let coLecturerId: string
const sockets: ClientSocket[] = []

/** Everything a reader sees of the class, with the clock's moving fields left out. */
async function readAll(): Promise<unknown> {
  const lecturer = setup.lecturer.api
  const get = async (api: Api, path: string) => {
    const res = await api.request('GET', path)
    expect(res.status, `GET ${path}`).toBe(200)
    return res.body
  }
  const { serverNow, remainingMs, ...clock } = (await get(
    lecturer,
    `/api/exercises/${exercise.id}`,
  )) as Record<string, unknown>
  void serverNow
  void remainingMs
  return {
    detail: await get(lecturer, `/api/classes/${setup.classId}`),
    workspaces: await get(lecturer, '/api/workspaces'),
    mine: await get(student, '/api/workspaces'),
    comments: await get(lecturer, `/api/workspaces/${openWorkspace}/comments`),
    grade: await get(lecturer, `/api/workspaces/${openWorkspace}/grade`),
    rubric: await get(lecturer, `/api/assignments/${setup.assignment.id}/rubric`),
    selfCheck: await get(lecturer, `/api/workspaces/${openWorkspace}/self-check`),
    versions: await get(lecturer, `/api/workspaces/${openWorkspace}/versions`),
    history: await get(lecturer, `/api/workspaces/${openWorkspace}/history`),
    export: {
      ...((await get(student, `/api/workspaces/${openWorkspace}/export`)) as object),
      exportedAt: null,
    },
    clock,
  }
}

beforeAll(async () => {
  server = await startTestServer()
  setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
  student = setup.students[0]![0]!.api
  const lecturer = setup.lecturer.api
  ;[openWorkspace, submittedWorkspace] = setup.workspaceIds as [string, string]
  otherTeamId = setup.teamIds[1]!
  thread = await student.createComment(openWorkspace, ANCHOR, 'Catatan mahasiswa')
  await lecturer.putGrade(openWorkspace, { scores: [], adjustments: [] })
  expect((await student.request('POST', `/api/workspaces/${openWorkspace}/submit`)).status).toBe(201)
  expect((await lecturer.request('POST', `/api/workspaces/${openWorkspace}/return`)).status).toBe(200)
  const second = setup.students[1]![0]!.api
  expect((await second.request('POST', `/api/workspaces/${submittedWorkspace}/submit`)).status).toBe(201)
  exercise = await startExercise(lecturer, setup.classId, { durationMinutes: 60 })
  const anon = createApi(server.url)
  const co = await anon.registerLecturer({
    name: 'Dosen Dua',
    email: 'dua@kampus.test',
    password: 'rahasia-dua',
  })
  coLecturerId = co.user.id
  expect(
    (await lecturer.request('POST', `/api/classes/${setup.classId}/lecturers`, { email: 'dua@kampus.test' }))
      .status,
  ).toBe(201)
  await anon.registerLecturer({ name: 'Dosen Tiga', email: 'tiga@kampus.test', password: 'rahasia-tiga' })
  // A hand raised before the archive, for the lecturer's acknowledgement below.
  const hand = await connectSocket(server.url, setup.students[0]![0]!.token, sockets)
  const raised = await hand.emitWithAck('help:request', { exerciseId: exercise.id })
  expect(raised.ok).toBe(true)
  const archived = await lecturer.request<ClassSummary>('PATCH', `/api/classes/${setup.classId}`, {
    archived: true,
  })
  expect(archived.status).toBe(200)
  expect(archived.body.archived).toBe(true)
})

afterAll(async () => {
  for (const socket of sockets) socket.disconnect()
  await server.dispose()
})

describe('an archived class is read-only for everyone', () => {
  const routes = (): WriteRoute[] => {
    const c = `/api/classes/${setup.classId}`
    const w = `/api/workspaces/${openWorkspace}`
    const studentId = setup.students[0]![0]!.id
    const teamId = setup.teamIds[0]!
    const x = `/api/exercises/${exercise.id}`
    return [
      { who: 'lecturer', method: 'PATCH', path: c, body: { name: 'Nama baru' } },
      { who: 'lecturer', method: 'PATCH', path: c, body: { teamChoiceLocked: true } },
      { who: 'lecturer', method: 'PATCH', path: c, body: { archived: false, name: 'Bersamaan' } },
      { who: 'lecturer', method: 'POST', path: `${c}/join-code` },
      { who: 'lecturer', method: 'DELETE', path: `${c}/join-code` },
      { who: 'lecturer', method: 'POST', path: `${c}/lecturers`, body: { email: 'tiga@kampus.test' } },
      { who: 'lecturer', method: 'DELETE', path: `${c}/lecturers/${coLecturerId}` },
      { who: 'lecturer', method: 'POST', path: `${c}/teams`, body: { name: 'Tim Baru' } },
      { who: 'lecturer', method: 'PATCH', path: `${c}/teams/${teamId}`, body: { name: 'Tim Ganti' } },
      { who: 'lecturer', method: 'DELETE', path: `${c}/teams/${otherTeamId}` },
      { who: 'lecturer', method: 'PATCH', path: `${c}/students/${studentId}`, body: { teamId: otherTeamId } },
      { who: 'lecturer', method: 'DELETE', path: `${c}/students/${studentId}` },
      {
        who: 'lecturer',
        method: 'POST',
        path: `${c}/assignments`,
        body: { caseId: CASE_LIBRARY[0]!.id, templates: ['fiveC'] },
      },
      {
        who: 'lecturer',
        method: 'POST',
        path: `${c}/exercises`,
        body: { caseId: CASE_LIBRARY[0]!.id, templates: ['fiveC'], durationMinutes: 5 },
      },
      {
        who: 'lecturer',
        method: 'PUT',
        path: `/api/assignments/${setup.assignment.id}/settings`,
        body: { showContributionsToTeam: true },
      },
      {
        who: 'lecturer',
        method: 'PUT',
        path: `/api/assignments/${setup.assignment.id}/rubric`,
        body: RUBRIC,
      },
      {
        who: 'lecturer',
        method: 'PUT',
        path: `${w}/grade`,
        body: { scores: [], adjustments: [], feedback: 'x' },
      },
      { who: 'lecturer', method: 'POST', path: `${w}/grade/release` },
      { who: 'lecturer', method: 'POST', path: `${w}/grade/unrelease` },
      { who: 'lecturer', method: 'POST', path: `/api/workspaces/${submittedWorkspace}/return` },
      { who: 'lecturer', method: 'POST', path: `${w}/comments`, body: { anchor: ANCHOR, body: 'Dosen' } },
      { who: 'lecturer', method: 'DELETE', path: `/api/comments/${thread.id}` },
      { who: 'lecturer', method: 'POST', path: `${x}/pause` },
      { who: 'lecturer', method: 'POST', path: `${x}/resume` },
      { who: 'lecturer', method: 'POST', path: `${x}/extend`, body: { minutes: 5 } },
      { who: 'lecturer', method: 'POST', path: `${x}/end` },
      { who: 'lecturer', method: 'POST', path: `${x}/broadcast`, body: { message: 'Halo' } },
      { who: 'lecturer', method: 'POST', path: `${x}/teams`, body: { teamSize: 2 } },
      { who: 'student', method: 'PUT', path: '/api/me/team', body: { teamId: otherTeamId } },
      { who: 'student', method: 'POST', path: `${w}/submit` },
      { who: 'student', method: 'PUT', path: `${w}/self-check`, body: { stage: 'forming', indicators: [] } },
      { who: 'student', method: 'POST', path: `${w}/history/v1/restore` },
      { who: 'student', method: 'POST', path: `${w}/comments`, body: { anchor: ANCHOR, body: 'Baru' } },
      { who: 'student', method: 'POST', path: `/api/comments/${thread.id}/replies`, body: { body: 'Balas' } },
      { who: 'student', method: 'PATCH', path: `/api/comments/${thread.id}`, body: { body: 'Ubah' } },
      { who: 'student', method: 'POST', path: `/api/comments/${thread.id}/resolve` },
      { who: 'student', method: 'POST', path: `/api/comments/${thread.id}/reopen` },
      { who: 'student', method: 'DELETE', path: `/api/comments/${thread.id}` },
    ]
  }

  it('every write to its resources answers 409 class_archived and changes nothing', async () => {
    const before = await readAll()
    for (const route of routes()) {
      const api = route.who === 'lecturer' ? setup.lecturer.api : student
      const res = await api.request<{ error: { code: string } }>(route.method, route.path, route.body)
      expect({ ...route, status: res.status, code: res.body.error?.code }).toEqual({
        ...route,
        status: 409,
        code: 'class_archived',
      })
    }
    expect(await readAll()).toEqual(before)
  })

  it('a lecturer of another class still gets 403, learning nothing about it', async () => {
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const res = await other.lecturer.api.request('POST', `/api/classes/${setup.classId}/teams`, { name: 'X' })
    expect(res.status).toBe(403)
  })

  it('socket.io writes are refused: raising and acknowledging a hand', async () => {
    const socket = await connectSocket(server.url, setup.students[1]![0]!.token, sockets)
    const raised = (await socket.emitWithAck('help:request', {
      exerciseId: exercise.id,
    })) as SocketAck<unknown>
    expect(raised).toMatchObject({ ok: false, error: { code: 'class_archived' } })
    const lecturer = await connectSocket(server.url, setup.lecturer.token, sockets)
    const acknowledged = await lecturer.emitWithAck('help:acknowledge', {
      exerciseId: exercise.id,
      teamId: setup.teamIds[0]!,
    })
    expect(acknowledged).toMatchObject({ ok: false, error: { code: 'class_archived' } })
  })

  it('reads keep working: export, results.zip, gradebook, history, versions; a student signs in again', async () => {
    const lecturer = setup.lecturer.api
    for (const path of [
      `/api/classes/${setup.classId}/results.zip`,
      `/api/classes/${setup.classId}/gradebook.csv`,
      `/api/classes/${setup.classId}/overview`,
      `/api/workspaces/${submittedWorkspace}/versions/1`,
      `/api/workspaces/${openWorkspace}/history`,
      `/api/workspaces/${openWorkspace}/export`,
    ]) {
      expect((await lecturer.request('GET', path)).status, path).toBe(200)
    }
    const me = setup.students[0]![0]!
    const back = await createApi(server.url).rejoin({ joinCode: setup.joinCode, returnCode: me.returnCode })
    const detail = await createApi(server.url, back.token).getWorkspace(openWorkspace)
    expect(detail).toMatchObject({ access: 'read', classArchived: true })
    // Joining an archived class stays closed (the same answer as a wrong code).
    const join = await createApi(server.url).request('POST', '/api/join', {
      joinCode: setup.joinCode,
      name: 'Pendatang Baru',
    })
    expect(join.status).toBe(401)
  })

  it('PATCH {archived:true} again changes nothing; {archived:false} alone unarchives, then writes work', async () => {
    const lecturer = setup.lecturer.api
    const again = await lecturer.request<ClassSummary>('PATCH', `/api/classes/${setup.classId}`, {
      archived: true,
    })
    expect(again.status).toBe(200)
    const res = await lecturer.request<ClassSummary>('PATCH', `/api/classes/${setup.classId}`, {
      archived: false,
    })
    expect(res.status).toBe(200)
    expect(res.body.archived).toBe(false)
    expect(
      (await lecturer.request('POST', `/api/classes/${setup.classId}/teams`, { name: 'Tim 3' })).status,
    ).toBe(201)
    const reply = await student.request('POST', `/api/comments/${thread.id}/replies`, { body: 'Lagi' })
    expect(reply.status).toBe(201)
    expect((await student.getWorkspace(openWorkspace)).access).toBe('write')
  })

  it('an archived class can be deleted (deleting is not editing the work)', async () => {
    const lecturer = setup.lecturer.api
    await lecturer.request('PATCH', `/api/classes/${setup.classId}`, { archived: true })
    expect((await lecturer.request('DELETE', `/api/classes/${setup.classId}`)).status).toBe(204)
    expect((await lecturer.request('GET', `/api/classes/${setup.classId}`)).status).toBe(403)
  })
})
