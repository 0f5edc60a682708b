import { describe, expect, it } from 'vitest'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { connectSynced } from '../helpers/yclient'
import { connectSocket, nextEvent, record } from '../helpers/sockets'
import { startExercise } from './helpers'
import { disposeAfterEach } from '../helpers/fixtures'

const { servers, sockets, clients } = disposeAfterEach()

describe('the live overview, help requests and broadcasts', () => {
  it('a student edit reaches the lecturer as exercise:progress with the filled field, who is online and last activity', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    const a = klass.students[0]![0]!
    const lecturer = await connectSocket(server.url, klass.lecturer.token, sockets)
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const ws = created.workspaces.find((w) => w.teamId === a.teamId)!.id

    const first = await nextEvent(lecturer, 'exercise:progress', (p) => p.exerciseId === created.id)
    expect(first.teams).toHaveLength(2)
    const empty = first.teams.find((t) => t.teamId === a.teamId)!
    expect(empty.progress.fiveC).toMatchObject({ filled: 0 })
    expect(empty.progress.fiveC!.total).toBeGreaterThan(1)

    expect(empty.activeMinutes).toEqual([])
    const client = await connectSynced(server.wsUrl, ws, a.token)
    clients.push(client)
    const filled = nextEvent(lecturer, 'exercise:progress', (p) =>
      p.teams.some((t) => t.teamId === a.teamId && t.progress.fiveC?.filled === 1 && t.online === 1),
    )
    client.notes().insert(0, 'Dimas tinggal bersama neneknya.')
    const event = await filled
    const team = event.teams.find((t) => t.teamId === a.teamId)!
    expect(team.lastActivity).not.toBeNull()
    // The timeline's minute: the one of the edit (bounded list, one entry per active minute).
    expect(team.activeMinutes).toHaveLength(1)
    expect(team.activeMinutes![0]).toBe(Math.floor(Date.parse(team.lastActivity!) / 60_000))
    expect(team.workspaceId).toBe(ws)
    const other = event.teams.find((t) => t.teamId !== a.teamId)!
    expect(other).toMatchObject({ online: 0, lastActivity: null, activeMinutes: [] })
    expect(other.progress.fiveC!.filled).toBe(0)

    // Leaving shows in the overview too.
    const left = nextEvent(lecturer, 'exercise:progress', (p) =>
      p.teams.some((t) => t.teamId === a.teamId && t.online === 0),
    )
    client.destroy()
    await left
  })

  it('help: a student raises a hand, the lecturer sees it and acknowledges, the team is told; broadcasts reach every team', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const [a, mate, b] = [klass.students[0]![0]!, klass.students[0]![1]!, klass.students[1]![0]!]
    const lecturer = await connectSocket(server.url, klass.lecturer.token, sockets)
    const sa = await connectSocket(server.url, a.token, sockets)
    const sMate = await connectSocket(server.url, mate.token, sockets)
    const sb = await connectSocket(server.url, b.token, sockets)
    const outsider = await connectSocket(server.url, other.students[0]![0]!.token, sockets)
    const outsiderLecturer = await connectSocket(server.url, other.lecturer.token, sockets)
    const leaked = [
      ...['exercise:started', 'exercise:message', 'help:acknowledged'].map((e) =>
        record(outsider, e as 'exercise:message'),
      ),
      record(outsiderLecturer, 'help:requested'),
      record(outsiderLecturer, 'exercise:progress'),
      record(sb, 'help:acknowledged'),
    ]
    const created = await startExercise(klass.lecturer.api, klass.classId)

    const requested = nextEvent(lecturer, 'help:requested')
    const withHelp = nextEvent(lecturer, 'exercise:progress', (p) =>
      p.teams.some((t) => t.teamId === a.teamId && t.help.length === 1),
    )
    const ack = await sa.emitWithAck('help:request', { exerciseId: created.id, message: 'Bagian 5C?' })
    expect(ack).toMatchObject({ ok: true })
    const requestId = ack.ok ? ack.requestId : ''
    expect(await requested).toMatchObject({
      id: requestId,
      teamId: a.teamId,
      userId: a.id,
      message: 'Bagian 5C?',
    })
    await withHelp

    const told = nextEvent(sMate, 'help:acknowledged')
    const cleared = nextEvent(lecturer, 'exercise:progress', (p) => p.teams.every((t) => t.help.length === 0))
    const done = await lecturer.emitWithAck('help:acknowledge', { exerciseId: created.id, teamId: a.teamId })
    expect(done).toEqual({ ok: true, requestIds: [requestId] })
    expect(await told).toEqual({ exerciseId: created.id, teamId: a.teamId, requestIds: [requestId] })
    await cleared

    const toA = nextEvent(sa, 'exercise:message')
    const toB = nextEvent(sb, 'exercise:message')
    const res = await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/broadcast`, {
      message: 'Lima menit lagi',
    })
    expect(res.status).toBe(200)
    expect(await toA).toMatchObject({ exerciseId: created.id, message: 'Lima menit lagi' })
    expect((await toB).message).toBe('Lima menit lagi')

    // The other class's own broadcast arrives after ours would have: none of ours leaked.
    const own = await startExercise(other.lecturer.api, other.classId)
    const theirs = nextEvent(outsider, 'exercise:message')
    await other.lecturer.api.request('POST', `/api/exercises/${own.id}/broadcast`, { message: 'kelas lain' })
    expect((await theirs).message).toBe('kelas lain')
    expect(leaked.flat().filter((p) => JSON.stringify(p).includes(created.id))).toEqual([])
  })
})
