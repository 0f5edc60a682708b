import { stat } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ExerciseOverview } from '../../cases/contracts/exercises'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSocket, nextEvent, record, type ClientSocket } from '../helpers/sockets'
import { startExercise } from './helpers'

const servers: TestServer[] = []
const sockets: ClientSocket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect()
  // The newest first: the first server's dispose removes the shared data folder.
  for (const server of servers.splice(0).reverse()) await server.dispose()
})

/** Stop the server gracefully and start another over the same data folder. */
async function restart(server: TestServer): Promise<TestServer> {
  await server.close()
  const again = await startTestServer({}, server.dataDir)
  servers.push(again)
  return again
}

describe('help requests survive a restart', () => {
  it("a raised, unacknowledged hand still shows in the lecturer's overview after a restart and can be acknowledged there", async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const [a, b] = [klass.students[0]![0]!, klass.students[1]![0]!]
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const sa = await connectSocket(server.url, a.token, sockets)
    const raised = await sa.emitWithAck('help:request', { exerciseId: created.id, message: 'Genogram?' })
    expect(raised.ok).toBe(true)
    const requestId = raised.ok ? raised.requestId : ''
    sa.disconnect()

    const second = await restart(server)
    // The lecturer's fresh connection gets the overview pushed, with the open hand.
    const lecturer = await connectSocket(second.url, klass.lecturer.token, sockets)
    const pushed = await nextEvent(lecturer, 'exercise:progress', (p) => p.exerciseId === created.id)
    const teamA = pushed.teams.find((t) => t.teamId === a.teamId)!
    expect(teamA.help).toMatchObject([
      { id: requestId, userId: a.id, message: 'Genogram?', acknowledgedAt: null },
    ])
    expect(pushed.teams.find((t) => t.teamId === b.teamId)!.help).toEqual([])
    // The REST overview says the same.
    const lecturerApi = createApi(second.url, klass.lecturer.token)
    const overview = await lecturerApi.request<ExerciseOverview>(
      'GET',
      `/api/exercises/${created.id}/overview`,
    )
    expect(overview.body.teams.find((t) => t.teamId === a.teamId)!.help.map((h) => h.id)).toEqual([requestId])

    // Raising again returns the same open request instead of a second one, tells the lecturers nothing new and
    // leaves the class file as it was (not even rewritten: the answer is found before any write).
    const classFile = path.join(second.dataDir, 'classes', `${klass.classId}.json`)
    const before = await stat(classFile)
    const heardAgain = record(lecturer, 'help:requested')
    const sa2 = await connectSocket(second.url, a.token, sockets)
    expect(await sa2.emitWithAck('help:request', { exerciseId: created.id })).toEqual({ ok: true, requestId })
    const after = await stat(classFile)
    expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual({ ino: before.ino, mtimeMs: before.mtimeMs })

    const told = nextEvent(sa2, 'help:acknowledged')
    const cleared = nextEvent(lecturer, 'exercise:progress', (p) => p.teams.every((t) => t.help.length === 0))
    const done = await lecturer.emitWithAck('help:acknowledge', { exerciseId: created.id, teamId: a.teamId })
    expect(done).toEqual({ ok: true, requestIds: [requestId] })
    expect(await told).toEqual({ exerciseId: created.id, teamId: a.teamId, requestIds: [requestId] })
    await cleared
    // The acknowledgement went out after the repeated raise would have; no second hand reached the lecturer.
    expect(heardAgain).toEqual([])
    lecturer.disconnect()
    sa2.disconnect()

    // The acknowledgement was stored too: after another restart nothing is open.
    const third = await restart(second)
    const afterRestart = await createApi(third.url, klass.lecturer.token).request<ExerciseOverview>(
      'GET',
      `/api/exercises/${created.id}/overview`,
    )
    expect(afterRestart.status).toBe(200)
    expect(afterRestart.body.teams.flatMap((t) => t.help)).toEqual([])
    const lecturer3 = await connectSocket(third.url, klass.lecturer.token, sockets)
    const again = await lecturer3.emitWithAck('help:acknowledge', {
      exerciseId: created.id,
      teamId: a.teamId,
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
