import { io, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientToServerEvents, ServerToClientEvents } from '../../cases/contracts/socketEvents'
import { CASE_LIBRARY } from '../../cases/library'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>

describe('class events over socket.io', () => {
  let server: TestServer
  let mine: ClassSetup
  let theirs: ClassSetup
  const sockets: ClientSocket[] = []

  beforeAll(async () => {
    server = await startTestServer()
    mine = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    theirs = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect()
    await server.dispose()
  })

  /** Connect and resolve once connected (or reject with the connect error). */
  function connect(token: string | undefined, transports: string[] = ['websocket']): Promise<ClientSocket> {
    const socket: ClientSocket = io(server.url, {
      auth: token ? { token } : {},
      transports,
      reconnection: false,
      forceNew: true,
    })
    sockets.push(socket)
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket))
      socket.once('connect_error', reject)
    })
  }

  const assign = (setup: ClassSetup) =>
    setup.lecturer.api.createAssignment(setup.classId, { caseId: CASE_LIBRARY[1]!.id, templates: ['fiveC'] })

  it('a student of the class receives assignment:created; a student of another class does not', async () => {
    const student = await connect(mine.students[0]![0]!.token)
    const outsider = await connect(theirs.students[0]![0]!.token, ['polling', 'websocket'])
    const outsiderGot: string[] = []
    outsider.on('assignment:created', ({ classId }) => outsiderGot.push(classId))

    const received = new Promise<string>((resolve) =>
      student.once('assignment:created', ({ assignment }) => resolve(assignment.id)),
    )
    const created = await assign(mine)
    expect(await received).toBe(created.id)

    // The outsider's own class's event arrives after ours was sent, so ours would have arrived first.
    const own = new Promise<string>((resolve) =>
      outsider.once('assignment:created', ({ classId }) => resolve(classId)),
    )
    await assign(theirs)
    expect(await own).toBe(theirs.classId)
    expect(outsiderGot).toEqual([theirs.classId])
  })

  it('a connection without a valid token is refused', async () => {
    await expect(connect(undefined)).rejects.toThrow(/unauthenticated/)
    await expect(connect('not-a-real-token', ['polling'])).rejects.toThrow(/unauthenticated/)
  })

  it('the session cookie is accepted from the page’s own origin and refused from another', async () => {
    const cookie = `rk_session=${mine.lecturer.token}`
    const withHeaders = (origin: string) => {
      const socket: ClientSocket = io(server.url, {
        transports: ['polling'],
        extraHeaders: { cookie, origin },
        reconnection: false,
        forceNew: true,
      })
      sockets.push(socket)
      return new Promise<ClientSocket>((resolve, reject) => {
        socket.once('connect', () => resolve(socket))
        socket.once('connect_error', reject)
      })
    }
    await expect(withHeaders('http://evil.example')).rejects.toThrow(/forbidden/)
    const ok = await withHeaders(server.url)
    expect(ok.connected).toBe(true)
  })

  it('a moved student hears membership:changed, and a removed one session:ended before being disconnected', async () => {
    const mover = mine.students[0]![1]!
    const socket = await connect(mover.token)
    const changed = new Promise<string | null>((resolve) =>
      socket.once('membership:changed', ({ teamId }) => resolve(teamId)),
    )
    await mine.lecturer.api.request('PATCH', `/api/classes/${mine.classId}/students/${mover.id}`, {
      teamId: mine.teamIds[1],
    })
    expect(await changed).toBe(mine.teamIds[1])

    const leaver = mine.students[1]![0]!
    const leaving = await connect(leaver.token)
    const ended = new Promise<string>((resolve) =>
      leaving.once('session:ended', ({ reason }) => resolve(reason)),
    )
    const gone = new Promise<string>((resolve) => leaving.once('disconnect', (reason) => resolve(reason)))
    await mine.lecturer.api.request('DELETE', `/api/classes/${mine.classId}/students/${leaver.id}`)
    expect(await ended).toBe('removed')
    expect(await gone).toBe('io server disconnect')
  })
})
