import { describe, expect, it, vi } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import type { ExerciseState } from '../../cases/contracts/exercises'
import type { VersionSummary, WorkspaceDetail } from '../../cases/contracts/http'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { connectSynced, waitForAwareness, waitForClose, waitForText } from '../helpers/yclient'
import { connectSocket, nextEvent } from '../helpers/sockets'
import { startExercise } from './helpers'
import { disposeAfterEach } from '../helpers/fixtures'

const { servers, sockets, clients } = disposeAfterEach()

async function setup() {
  const server = await startTestServer()
  servers.push(server)
  const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
  return { server, klass }
}

describe('a live exercise: start, clock, pause, resume, extend, end', () => {
  it('students get exercise:started with their own workspace and the server time; GET tells the state', async () => {
    const { server, klass } = await setup()
    const [a, b] = [klass.students[0]![0]!, klass.students[1]![0]!]
    const sa = await connectSocket(server.url, a.token, sockets)
    const sb = await connectSocket(server.url, b.token, sockets)
    const gotA = nextEvent(sa, 'exercise:started')
    const gotB = nextEvent(sb, 'exercise:started')
    const before = Date.now()
    const created = await startExercise(klass.lecturer.api, klass.classId, { durationMinutes: 30 })

    expect(created.workspaces).toHaveLength(2)
    const wsOf = (teamId: string) => created.workspaces.find((w) => w.teamId === teamId)!.id
    const [ea, eb] = [await gotA, await gotB]
    expect(ea).toMatchObject({ exerciseId: created.id, status: 'running', workspaceId: wsOf(a.teamId) })
    expect(eb.workspaceId).toBe(wsOf(b.teamId))
    expect(Date.parse(ea.serverNow)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(ea.endsAt!) - Date.parse(ea.serverNow)).toBeGreaterThan(29 * 60_000)

    const state = await a.api.request<ExerciseState>('GET', `/api/exercises/${created.id}`)
    expect(state.status).toBe(200)
    expect(state.body).toMatchObject({
      id: created.id,
      status: 'running',
      assignmentId: created.assignmentId,
      workspaceId: wsOf(a.teamId),
    })
    expect(state.body.remainingMs).toBeGreaterThan(29 * 60_000)
    // The exercise is an assignment of the class, listed with the others.
    const list = await klass.lecturer.api.request<{ id: string }[]>(
      'GET',
      `/api/classes/${klass.classId}/assignments`,
    )
    expect(list.body.map((x) => x.id)).toContain(created.assignmentId)
  })

  it('pause stops the clock and makes workspaces read-only; resume makes them editable with a new end', async () => {
    const { server, klass } = await setup()
    const a = klass.students[0]![0]!
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const ws = created.workspaces.find((w) => w.teamId === a.teamId)!.id
    const socket = await connectSocket(server.url, a.token, sockets)
    const client = await connectSynced(server.wsUrl, ws, a.token)
    clients.push(client)

    const paused = nextEvent(socket, 'exercise:paused')
    const closed = waitForClose(client.provider)
    const res = await klass.lecturer.api.request<ExerciseState>('POST', `/api/exercises/${created.id}/pause`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'paused', endsAt: null })
    expect(await closed).toBe(CloseCode.LOCKED)
    const event = await paused
    expect(event).toMatchObject({ status: 'paused', endsAt: null, workspaceId: ws })
    expect(event.remainingMs).toBeGreaterThan(29 * 60_000)
    // Read-only at the protocol level: an edit sent while paused reaches neither the server nor a teammate.
    const writer = await connectSynced(server.wsUrl, ws, a.token)
    const watcher = await connectSynced(server.wsUrl, ws, klass.students[0]![1]!.token)
    clients.push(writer, watcher)
    writer.notes().insert(0, 'saat jeda')
    writer.provider.awareness.setLocalStateField('field', 'marker-1')
    await waitForAwareness(watcher.provider, (states) =>
      [...states.values()].some((s) => s.field === 'marker-1'),
    )
    expect(watcher.notes().toString()).toBe('')

    const resumed = nextEvent(socket, 'exercise:resumed')
    const reopened = waitForClose(writer.provider)
    const back = await klass.lecturer.api.request<ExerciseState>(
      'POST',
      `/api/exercises/${created.id}/resume`,
    )
    expect(back.body.status).toBe('running')
    expect(await reopened).toBe(CloseCode.REOPENED)
    expect((await resumed).endsAt).toBe(back.body.endsAt)
    // Editable again: a fresh connection's edit reaches a teammate.
    const editor = await connectSynced(server.wsUrl, ws, a.token)
    const reader = await connectSynced(server.wsUrl, ws, klass.students[0]![1]!.token)
    clients.push(editor, reader)
    editor.notes().insert(0, 'lanjut ')
    await waitForText(reader.doc, (t) => t.startsWith('lanjut '))

    const extended = nextEvent(socket, 'exercise:extended')
    const ext = await klass.lecturer.api.request<ExerciseState>(
      'POST',
      `/api/exercises/${created.id}/extend`,
      { minutes: 5 },
    )
    expect(Date.parse(ext.body.endsAt!) - Date.parse(back.body.endsAt!)).toBe(5 * 60_000)
    expect((await extended).endsAt).toBe(ext.body.endsAt)
  })

  it('at the end every workspace is submitted by the system and student connections close with LOCKED', async () => {
    const { server, klass } = await setup()
    const a = klass.students[0]![0]!
    const socket = await connectSocket(server.url, a.token, sockets)
    const ended = nextEvent(socket, 'exercise:ended')
    // 0.01 minutes: the server's own timer ends it after 600 ms.
    const created = await startExercise(klass.lecturer.api, klass.classId, { durationMinutes: 0.01 })
    const ws = created.workspaces.find((w) => w.teamId === a.teamId)!.id
    const client = await connectSynced(server.wsUrl, ws, a.token)
    clients.push(client)
    const closed = waitForClose(client.provider)
    client.notes().insert(0, 'jawaban kami')

    expect(await closed).toBe(CloseCode.LOCKED)
    // Its time ran out: the event says so (a field added to the shape, so older clients still read it).
    expect(await ended).toMatchObject({
      exerciseId: created.id,
      status: 'ended',
      workspaceId: ws,
      endedBy: 'time',
    })
    for (const w of created.workspaces) {
      const versions = await klass.lecturer.api.request<VersionSummary[]>(
        'GET',
        `/api/workspaces/${w.id}/versions`,
      )
      expect(versions.body).toHaveLength(1)
      expect(versions.body[0]!.submittedBy.id).toBe('system')
    }
    const state = await a.api.request<ExerciseState>('GET', `/api/exercises/${created.id}`)
    expect(state.body).toMatchObject({ status: 'ended', remainingMs: 0, endedBy: 'time' })
    // The lecturer cannot end it twice.
    const twice = await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/end`)
    expect(twice.status).toBe(409)
  })

  it('the lecturer ends it early; the submissions run once, even after a restart', async () => {
    const { server, klass } = await setup()
    const a = klass.students[0]![0]!
    const socket = await connectSocket(server.url, a.token, sockets)
    const ended = nextEvent(socket, 'exercise:ended')
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const res = await klass.lecturer.api.request<ExerciseState>('POST', `/api/exercises/${created.id}/end`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'ended', endedBy: 'lecturer' })
    // Students hear why: the lecturer ended it, not the clock.
    expect(await ended).toMatchObject({ status: 'ended', endedBy: 'lecturer' })
    const mine = created.workspaces.find((w) => w.teamId === a.teamId)!.id
    const detail = await a.api.request<WorkspaceDetail>('GET', `/api/workspaces/${mine}`)
    expect(detail.body.exercise).toEqual({ id: created.id, status: 'ended', endedBy: 'lecturer' })
    const ws = created.workspaces[0]!.id
    const v = await klass.lecturer.api.request<VersionSummary[]>('GET', `/api/workspaces/${ws}/versions`)
    expect(v.body).toHaveLength(1)

    await server.close()
    const again = await startTestServer({}, server.dataDir)
    servers.push(again)
    const after = await klass.lecturer.api.as(klass.lecturer.token)
    const fetched = await fetch(`${again.url}/api/workspaces/${ws}/versions`, {
      headers: { authorization: `Bearer ${after.token}` },
    })
    expect(((await fetched.json()) as VersionSummary[]).length).toBe(1)
    const state = await fetch(`${again.url}/api/exercises/${created.id}`, {
      headers: { authorization: `Bearer ${after.token}` },
    })
    expect(await state.json()).toMatchObject({ status: 'ended', endedBy: 'lecturer' })
  })
  it('the clock survives a restart: a running exercise is re-armed from the stored end and ends once', async () => {
    const { server, klass } = await setup()
    // 3 s: the restart below takes a fraction of that, so the first server never reaches the end.
    const created = await startExercise(klass.lecturer.api, klass.classId, { durationMinutes: 0.05 })
    await server.close()
    const again = await startTestServer({}, server.dataDir)
    servers.push(again)
    const api = klass.lecturer.api
    const get = (path: string) =>
      fetch(again.url + path, { headers: { authorization: `Bearer ${api.token}` } }).then((r) => r.json())
    await vi.waitFor(
      async () => expect(((await get(`/api/exercises/${created.id}`)) as ExerciseState).status).toBe('ended'),
      { timeout: 10_000, interval: 100 },
    )
    for (const w of created.workspaces) {
      await vi.waitFor(async () => {
        const versions = (await get(`/api/workspaces/${w.id}/versions`)) as VersionSummary[]
        expect(versions.map((v) => v.submittedBy.id)).toEqual(['system'])
      })
    }
  })
})
