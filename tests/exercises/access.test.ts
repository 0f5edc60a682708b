import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreatedExercise, ExerciseOverview, ExerciseState } from '../../cases/contracts/exercises'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSocket, record, type ClientSocket } from '../helpers/sockets'
import { startExercise } from './helpers'

describe('live exercises are authorised per role', () => {
  let server: TestServer
  let mine: ClassSetup
  let theirs: ClassSetup
  let exercise: CreatedExercise
  const sockets: ClientSocket[] = []

  beforeAll(async () => {
    server = await startTestServer()
    mine = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    theirs = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    exercise = await startExercise(mine.lecturer.api, mine.classId)
  })
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect()
    await server.dispose()
  })

  const state = async () =>
    (await mine.lecturer.api.request<ExerciseState>('GET', `/api/exercises/${exercise.id}`)).body

  it("students and other classes' lecturers get 403 on every lecturer route, and nothing changes", async () => {
    const before = await state()
    const student = mine.students[0]![0]!.api
    const stranger = theirs.lecturer.api
    const body = { caseId: CASE_LIBRARY[0]!.id, templates: ['fiveC'], durationMinutes: 5 }
    for (const api of [student, stranger]) {
      expect((await api.request('POST', `/api/classes/${mine.classId}/exercises`, body)).status).toBe(403)
      for (const action of ['pause', 'resume', 'end']) {
        expect((await api.request('POST', `/api/exercises/${exercise.id}/${action}`)).status).toBe(403)
      }
      expect((await api.request('POST', `/api/exercises/${exercise.id}/extend`, { minutes: 5 })).status).toBe(
        403,
      )
      const sent = await api.request('POST', `/api/exercises/${exercise.id}/broadcast`, { message: 'hai' })
      expect(sent.status).toBe(403)
    }
    const anon = createApi(server.url)
    expect((await anon.request('POST', `/api/exercises/${exercise.id}/pause`)).status).toBe(401)
    expect((await anon.request('GET', `/api/exercises/${exercise.id}`)).status).toBe(401)
    const after = await state()
    expect(after).toMatchObject({ status: 'running', endsAt: before.endsAt })
  })

  it('GET is for the class only; an unknown id is the same 403; bad bodies are 400 naming the field', async () => {
    expect((await mine.students[1]![0]!.api.request('GET', `/api/exercises/${exercise.id}`)).status).toBe(200)
    expect((await theirs.students[0]![0]!.api.request('GET', `/api/exercises/${exercise.id}`)).status).toBe(
      403,
    )
    expect((await theirs.lecturer.api.request('GET', `/api/exercises/${exercise.id}`)).status).toBe(403)
    expect((await mine.lecturer.api.request('GET', '/api/exercises/tidak-ada')).status).toBe(403)
    const bad = await mine.lecturer.api.request<{ error: { message: string } }>(
      'POST',
      `/api/classes/${mine.classId}/exercises`,
      { caseId: CASE_LIBRARY[0]!.id, templates: ['fiveC'], durationMinutes: 0 },
    )
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/^durationMinutes/)
    const ext = await mine.lecturer.api.request('POST', `/api/exercises/${exercise.id}/extend`, {
      minutes: -1,
    })
    expect(ext.status).toBe(400)
    const msg = await mine.lecturer.api.request('POST', `/api/exercises/${exercise.id}/broadcast`, {
      message: '',
    })
    expect(msg.status).toBe(400)
  })

  it('lecturer-only events from a student get an error acknowledgement; other classes cannot raise hands here', async () => {
    const student = await connectSocket(server.url, mine.students[0]![0]!.token, sockets)
    const lecturer = await connectSocket(server.url, mine.lecturer.token, sockets)
    const outsider = await connectSocket(server.url, theirs.students[0]![0]!.token, sockets)
    const requested = record(lecturer, 'help:requested')

    const ack = await student.emitWithAck('help:acknowledge', {
      exerciseId: exercise.id,
      teamId: mine.teamIds[0]!,
    })
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'lecturers_only' } })
    const asLecturer = await lecturer.emitWithAck('help:request', { exerciseId: exercise.id })
    expect(asLecturer).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'students_only' } })
    const foreign = await outsider.emitWithAck('help:request', { exerciseId: exercise.id })
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const malformed = await student.emitWithAck('help:request', { exerciseId: 42 } as never)
    expect(malformed).toMatchObject({ ok: false, error: { code: 'validation' } })
    const none = await lecturer.emitWithAck('help:acknowledge', {
      exerciseId: exercise.id,
      teamId: mine.teamIds[1]!,
    })
    expect(none).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'help_request_not_found' } })

    // A real request afterwards is the first the lecturer hears of: the refused ones changed nothing.
    const real = await student.emitWithAck('help:request', { exerciseId: exercise.id })
    expect(real.ok).toBe(true)
    await expect.poll(() => requested.length).toBe(1)
    expect(requested[0]!.teamId).toBe(mine.teamIds[0])
  })

  it("another class's lecturer cannot acknowledge this class's raised hand; it stays open", async () => {
    const student = await connectSocket(server.url, mine.students[1]![0]!.token, sockets)
    const stranger = await connectSocket(server.url, theirs.lecturer.token, sockets)
    const teamId = mine.teamIds[1]!
    const raised = await student.emitWithAck('help:request', { exerciseId: exercise.id })
    expect(raised.ok).toBe(true)
    const told = record(student, 'help:acknowledged')

    const refused = await stranger.emitWithAck('help:acknowledge', { exerciseId: exercise.id, teamId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const overview = await mine.lecturer.api.request<ExerciseOverview>(
      'GET',
      `/api/exercises/${exercise.id}/overview`,
    )
    const team = overview.body.teams.find((t) => t.teamId === teamId)
    expect(team?.help.map((h) => h.id)).toEqual([raised.ok ? raised.requestId : ''])
    expect(told).toEqual([])
  })
})
