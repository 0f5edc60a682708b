import { io, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommentChangedEvent, CommentThread } from '../../cases/contracts/comments'
import type { ClientToServerEvents, ServerToClientEvents } from '../../cases/contracts/socketEvents'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>

const anchor = { templateId: 'fiveC', path: ['competence', 'knowledgeAndSkills'] }

describe('comment:changed over socket.io', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup
  const sockets: ClientSocket[] = []

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect()
    await server.dispose()
  })

  function connect(token: string): Promise<ClientSocket> {
    const socket: ClientSocket = io(server.url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    })
    sockets.push(socket)
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket))
      socket.once('connect_error', reject)
    })
  }

  /** Every comment:changed this socket receives. */
  function record(socket: ClientSocket): CommentChangedEvent[] {
    const got: CommentChangedEvent[] = []
    socket.on('comment:changed', (event) => got.push(event))
    return got
  }

  /** Resolve with the next comment:changed of this action. */
  function next(socket: ClientSocket, action: CommentChangedEvent['action']): Promise<CommentChangedEvent> {
    return new Promise((resolve) => {
      const on = (event: CommentChangedEvent) => {
        if (event.action !== action) return
        socket.off('comment:changed', on)
        resolve(event)
      }
      socket.on('comment:changed', on)
    })
  }

  it('reaches the team and the class’s lecturers, and never another team or another class', async () => {
    const teammate = await connect(s.students[0]![1]!.token)
    const lecturer = await connect(s.lecturer.token)
    const otherTeam = await connect(s.students[1]![0]!.token)
    const otherLecturer = await connect(other.lecturer.token)
    const otherTeamGot = record(otherTeam)
    const otherLecturerGot = record(otherLecturer)

    const toTeammate = next(teammate, 'created')
    const toLecturer = next(lecturer, 'created')
    const created = await s.students[0]![0]!.api.request<CommentThread>(
      'POST',
      `/api/workspaces/${s.workspaceIds[0]}/comments`,
      { anchor, body: 'Apa kompetensi khasnya?' },
    )
    expect(created.status).toBe(201)
    for (const event of [await toTeammate, await toLecturer]) {
      expect(event).toEqual({
        workspaceId: s.workspaceIds[0],
        threadId: created.body.id,
        action: 'created',
        thread: created.body,
      })
    }

    const replied = next(teammate, 'replied')
    await s.lecturer.api.request('POST', `/api/comments/${created.body.id}/replies`, {
      body: 'Lihat halaman 2.',
    })
    expect((await replied).thread?.replies.map((r) => r.body)).toEqual(['Lihat halaman 2.'])

    const resolved = next(lecturer, 'resolved')
    await s.students[0]![1]!.api.request('POST', `/api/comments/${created.body.id}/resolve`)
    expect((await resolved).thread?.status).toBe('resolved')

    const deleted = next(teammate, 'deleted')
    await s.lecturer.api.request('DELETE', `/api/comments/${created.body.id}`)
    expect(await deleted).toMatchObject({ threadId: created.body.id, thread: null })

    // The other team's own comment reaches it after ours would have: so ours would have arrived first.
    const own = next(otherTeam, 'created')
    await s.students[1]![0]!.api.request('POST', `/api/workspaces/${s.workspaceIds[1]}/comments`, {
      anchor,
      body: 'Milik kami',
    })
    expect((await own).workspaceId).toBe(s.workspaceIds[1])
    expect(otherTeamGot.map((e) => e.workspaceId)).toEqual([s.workspaceIds[1]])
    // The other class's lecturer: their own class's comment arrives; nothing of ours came before it.
    const theirs = next(otherLecturer, 'created')
    await other.students[0]![0]!.api.request('POST', `/api/workspaces/${other.workspaceIds[0]}/comments`, {
      anchor,
      body: 'x',
    })
    await theirs
    expect(otherLecturerGot.map((e) => e.workspaceId)).toEqual([other.workspaceIds[0]])
  })

  it('a refused change sends nothing', async () => {
    const lecturer = await connect(s.lecturer.token)
    const got = record(lecturer)
    const announced = next(lecturer, 'created')
    const created = await s.lecturer.api.request<CommentThread>(
      'POST',
      `/api/workspaces/${s.workspaceIds[0]}/comments`,
      {
        anchor,
        body: 'Dosen',
      },
    )
    await announced
    const refused = await s.students[0]![0]!.api.request('PATCH', `/api/comments/${created.body.id}`, {
      body: 'ubah',
    })
    expect(refused.status).toBe(403)
    // A later change arrives alone: the refused edit produced no event in between.
    const later = next(lecturer, 'resolved')
    await s.lecturer.api.request('POST', `/api/comments/${created.body.id}/resolve`)
    await later
    expect(got.filter((e) => e.threadId === created.body.id).map((e) => e.action)).toEqual([
      'created',
      'resolved',
    ])
  })
})
