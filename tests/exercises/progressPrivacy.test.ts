import { afterEach, describe, expect, it } from 'vitest'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSocket, nextEvent, record, type ClientSocket } from '../helpers/sockets'
import { startExercise } from './helpers'

describe("the lecturers' live overview stays with the lecturers", () => {
  const servers: TestServer[] = []
  const sockets: ClientSocket[] = []
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect()
    for (const server of servers.splice(0)) await server.dispose()
  })

  it('students of the class never receive exercise:progress or help:requested, their own team’s included', async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const [a, b] = [klass.students[0]![0]!, klass.students[1]![0]!]
    const lecturer = await connectSocket(server.url, klass.lecturer.token, sockets)
    const students = [
      await connectSocket(server.url, a.token, sockets),
      await connectSocket(server.url, b.token, sockets),
    ]
    const leaked = students.flatMap((s) => [record(s, 'exercise:progress'), record(s, 'help:requested')])
    const created = await startExercise(klass.lecturer.api, klass.classId)

    const requested = nextEvent(lecturer, 'help:requested')
    const withHelp = nextEvent(lecturer, 'exercise:progress', (p) =>
      p.teams.some((t) => t.teamId === b.teamId && t.help.length === 1),
    )
    const ack = await students[1]!.emitWithAck('help:request', { exerciseId: created.id })
    expect(ack.ok).toBe(true)
    expect((await requested).teamId).toBe(b.teamId)
    await withHelp
    // Each student's socket then completes a round trip (acks follow earlier messages on the same connection).
    const second = nextEvent(lecturer, 'help:requested', (r) => r.teamId === a.teamId)
    const round = await students[0]!.emitWithAck('help:request', { exerciseId: created.id })
    expect(round.ok).toBe(true)
    await second
    const again = await students[1]!.emitWithAck('help:request', { exerciseId: created.id })
    expect(again).toEqual(ack)
    expect(leaked.map((list) => list.length)).toEqual([0, 0, 0, 0])
  })
})
