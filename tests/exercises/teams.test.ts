import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { connectSynced, waitForClose } from '../helpers/yclient'
import { connectSocket, nextEvent } from '../helpers/sockets'
import { startExercise } from './helpers'
import { disposeAfterEach } from '../helpers/fixtures'

const { servers, sockets, clients } = disposeAfterEach()

describe('teams formed on the spot for a live exercise', () => {
  it('students without a team are put in teams of the size, named Tim A…, and each hears of their own workspace', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const anon = createApi(server.url)
    const joined = []
    for (let i = 0; i < 5; i++)
      joined.push(await anon.join({ joinCode: klass.joinCode, name: `Peserta ${i + 1}` }))
    const connected = await Promise.all(joined.map((j) => connectSocket(server.url, j.token, sockets)))
    const started = connected.map((socket) => nextEvent(socket, 'exercise:started'))

    const created = await startExercise(klass.lecturer.api, klass.classId, { teamSize: 2 })
    const detail = await klass.lecturer.api.getClass(klass.classId)
    const formed = detail.teams.filter((t) => t.id !== klass.teamIds[0])
    // Five students in twos: a lone fifth joins the last pair rather than sitting alone.
    expect(formed.map((t) => t.name).sort()).toEqual(['Tim A', 'Tim B'])
    expect(formed.map((t) => t.members.length).sort()).toEqual([2, 3])
    expect(detail.students.every((s) => s.teamId !== null)).toBe(true)
    expect(created.workspaces).toHaveLength(3)

    const events = await Promise.all(started)
    for (const [i, j] of joined.entries()) {
      const teamId = detail.students.find((s) => s.id === j.user.id)!.teamId
      const ws = created.workspaces.find((w) => w.teamId === teamId)!.id
      expect(events[i]!.workspaceId).toBe(ws)
    }
  })

  it('a student moved while it runs loses the old workspace at once (NO_ACCESS) and is told the new team', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    const a = klass.students[0]![0]!
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const oldWs = created.workspaces.find((w) => w.teamId === a.teamId)!.id
    const socket = await connectSocket(server.url, a.token, sockets)
    const client = await connectSynced(server.wsUrl, oldWs, a.token)
    clients.push(client)

    const closed = waitForClose(client.provider)
    const told = nextEvent(socket, 'membership:changed')
    const target = klass.teamIds[1]!
    const res = await klass.lecturer.api.request('PATCH', `/api/classes/${klass.classId}/students/${a.id}`, {
      teamId: target,
    })
    expect(res.status).toBe(200)
    expect(await closed).toBe(CloseCode.NO_ACCESS)
    expect(await told).toEqual({ classId: klass.classId, teamId: target })
    const state = await a.api.request<{ workspaceId: string }>('GET', `/api/exercises/${created.id}`)
    expect(state.body.workspaceId).toBe(created.workspaces.find((w) => w.teamId === target)!.id)
  })
})
