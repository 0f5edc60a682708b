import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForClose, waitForText, type YClient } from '../helpers/yclient'

describe('document connections follow changes of access', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 3 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const connect = async (team: number, i: number) => {
    const client = await connectSynced(
      server.wsUrl,
      setup.workspaceIds[team]!,
      setup.students[team]![i]!.token,
    )
    clients.push(client)
    return client
  }
  const lecturer = () => setup.lecturer.api

  it('a student moved to another team is disconnected with NO_ACCESS; teammates keep working', async () => {
    const moved = await connect(0, 0)
    const stays = await connect(0, 1)
    const closed = waitForClose(moved.provider)
    const res = await lecturer().request(
      'PATCH',
      `/api/classes/${setup.classId}/students/${setup.students[0]![0]!.id}`,
      {
        teamId: setup.teamIds[1],
      },
    )
    expect(res.status).toBe(200)
    expect(await closed).toBe(CloseCode.NO_ACCESS)

    const other = await connect(0, 2)
    stays.notes().insert(0, 'tetap jalan')
    await waitForText(other.doc, 'tetap jalan')
    expect(moved.notes().toString()).toBe('')
  })

  it('a student removed from the class is disconnected', async () => {
    const removed = await connect(1, 1)
    const closed = waitForClose(removed.provider)
    const res = await lecturer().request(
      'DELETE',
      `/api/classes/${setup.classId}/students/${setup.students[1]![1]!.id}`,
    )
    expect(res.status).toBe(204)
    expect([CloseCode.NO_ACCESS, CloseCode.UNAUTHENTICATED]).toContain(await closed)
  })
  it('logging out closes the connections of that session only; another device of the same student stays', async () => {
    const student = setup.students[1]![0]!
    const phone = await connect(1, 0)
    const other = await createApi(server.url).rejoin({
      joinCode: setup.joinCode,
      returnCode: student.returnCode,
    })
    const laptop = await connectSynced(server.wsUrl, setup.workspaceIds[1]!, other.token)
    clients.push(laptop)
    const closed = waitForClose(phone.provider)
    const res = await student.api.request('POST', '/api/auth/logout')
    expect(res.status).toBeLessThan(300)
    expect(await closed).toBe(CloseCode.UNAUTHENTICATED)

    const teammate = await connect(1, 2)
    laptop.notes().insert(0, 'masih tersambung')
    await waitForText(teammate.doc, 'masih tersambung')
  })
})
