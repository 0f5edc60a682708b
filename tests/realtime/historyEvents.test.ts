import { describe, expect, it } from 'vitest'
import type { HistorySnapshotEvent } from '../../cases/contracts/history'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced } from '../helpers/yclient'
import { disposeAfterEach } from '../helpers/fixtures'
import { connectSocket, type ClientSocket } from '../helpers/sockets'

const { servers, sockets, clients } = disposeAfterEach()

const listen = (server: TestServer, token: string) => connectSocket(server.url, token, sockets)

const next = (socket: ClientSocket) =>
  new Promise<HistorySnapshotEvent>((resolve) => socket.once('history:snapshot', resolve))

describe('history events over socket.io', () => {
  it('tells the team and the class’s lecturers when a snapshot is stored or a restore starts, and no other team', async () => {
    const server = await startTestServer({
      HISTORY_INTERVAL_MS: '100',
      SAVE_DEBOUNCE_MS: '20',
      SAVE_MAX_WAIT_MS: '100',
    })
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    const [ws, otherWs] = setup.workspaceIds
    const [ani, budi] = setup.students[0]!
    const teammate = await listen(server, budi!.token)
    const lecturer = await listen(server, setup.lecturer.token)
    const otherTeam = await listen(server, setup.students[1]![0]!.token)
    const otherGot: string[] = []
    otherTeam.on('history:snapshot', (e) => otherGot.push(e.workspaceId))

    const periodic = [next(teammate), next(lecturer)]
    const a = await connectSynced(server.wsUrl, ws!, ani!.token)
    clients.push(a)
    a.notes().insert(0, 'Isi pertama')
    const [first] = await Promise.all(periodic)
    expect(first).toEqual({
      workspaceId: ws,
      snapshot: { id: expect.any(String), takenAt: expect.stringMatching(/Z$/), reason: 'periodic' },
    })
    expect(await Promise.all(periodic)).toEqual([first, first])

    const restoring = [next(teammate), next(lecturer)]
    const res = await budi!.api.request('POST', `/api/workspaces/${ws}/history/${first!.snapshot.id}/restore`)
    expect(res.status).toBe(200)
    for (const event of await Promise.all(restoring)) {
      expect(event).toMatchObject({ workspaceId: ws, snapshot: { reason: 'restore' }, restoredBy: budi!.id })
    }

    // The other team's own event comes after ours were sent, so ours would have arrived first.
    const own = next(otherTeam)
    const other = await connectSynced(server.wsUrl, otherWs!, setup.students[1]![0]!.token)
    clients.push(other)
    other.notes().insert(0, 'Tim lain')
    expect((await own).workspaceId).toBe(otherWs)
    expect(otherGot).toEqual([otherWs])
  })
})
