import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { CASE_LIBRARY } from '../../cases/library'
import { connectSocket, nextEvent, record, type ClientSocket } from '../helpers/sockets'
import { createApi, setupClassWithTeams, unique, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForClose, type YClient } from '../helpers/yclient'

const ANCHOR = { templateId: 'fiveC', path: ['condition'] }

describe('a lecturer’s open sockets follow the classes they teach', () => {
  let server: TestServer
  let s: ClassSetup
  const sockets: ClientSocket[] = []
  const documents: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect()
    for (const document of documents) document.destroy()
    await server.dispose()
  })

  /** A freshly registered lecturer (teaching nothing yet). */
  async function newLecturer(): Promise<{ api: Api; token: string; email: string }> {
    const email = `${unique('rekan')}@example.test`
    const auth = await createApi(server.url).registerLecturer({
      name: 'Dosen Rekan',
      email,
      password: 'kata-sandi-rahasia',
    })
    return { api: createApi(server.url, auth.token), token: auth.token, email }
  }

  const assign = (api: Api, classId: string) =>
    api.createAssignment(classId, { caseId: CASE_LIBRARY[1]!.id, templates: ['fiveC'] })

  it('a co-lecturer added while connected gets the class’s and its lecturers’ events without reconnecting', async () => {
    const colleague = await newLecturer()
    const socket = await connect(colleague.token)
    const created = record(socket, 'assignment:created')
    const comments = record(socket, 'comment:changed')

    // Before being added: the class's events pass them by (the owner's own socket is the witness).
    const owner = await connect(s.lecturer.token)
    const ownerSees = nextEvent(owner, 'assignment:created')
    await assign(s.lecturer.api, s.classId)
    await ownerSees
    expect(created).toEqual([])

    // The class's own announcement of the new lecturer already reaches them.
    const updated = nextEvent(socket, 'class:updated')
    const added = await s.lecturer.api.request('POST', `/api/classes/${s.classId}/lecturers`, {
      email: colleague.email,
    })
    expect(added.status).toBe(201)
    expect(await updated).toEqual({ classId: s.classId })

    // class:<id> — a new assignment.
    const assignment = nextEvent(socket, 'assignment:created')
    const second = await assign(s.lecturer.api, s.classId)
    expect((await assignment).assignment.id).toBe(second.id)

    // lecturers:<id> — a student's comment reaches the class's lecturers (not the class room).
    const student = s.students[0]![0]!
    const comment = nextEvent(socket, 'comment:changed')
    const thread = await student.api.createComment(s.workspaceIds[0]!, ANCHOR, 'Kami butuh bantuan.')
    expect(await comment).toMatchObject({ workspaceId: s.workspaceIds[0], thread: { id: thread.id } })
    expect(comments).toHaveLength(1)
  })

  it('a co-lecturer removed while connected leaves the class’s rooms and loses its open documents at once', async () => {
    const colleague = await newLecturer()
    const path = `/api/classes/${s.classId}/lecturers`
    const added = await s.lecturer.api.request<{ id: string }>('POST', path, { email: colleague.email })
    expect(added.status).toBe(201)
    const socket = await connect(colleague.token)
    const document = await connectSynced(server.wsUrl, s.workspaceIds[0]!, colleague.token)
    documents.push(document)
    const closed = waitForClose(document.provider)
    const created = record(socket, 'assignment:created')

    const updated = nextEvent(socket, 'class:updated')
    expect((await s.lecturer.api.request('DELETE', `${path}/${added.body.id}`)).status).toBe(204)
    // The removal itself is still announced to them; then nothing more of the class.
    expect(await updated).toEqual({ classId: s.classId })
    expect(await closed).toBe(CloseCode.NO_ACCESS)

    const owner = await connect(s.lecturer.token)
    const ownerSees = nextEvent(owner, 'assignment:created')
    await assign(s.lecturer.api, s.classId)
    await ownerSees
    expect(created).toEqual([])
    expect(socket.connected).toBe(true)
  })

  it('a class created while connected sends its events to its creator’s open socket', async () => {
    const lecturer = await newLecturer()
    const socket = await connect(lecturer.token)
    const klass = await lecturer.api.createClass('Kelas Baru')
    const assignment = nextEvent(socket, 'assignment:created')
    const made = await assign(lecturer.api, klass.id)
    expect(await assignment).toMatchObject({ classId: klass.id, assignment: { id: made.id } })
  })

  it('a student’s open socket follows a team picked after connecting', async () => {
    const teamless = await createApi(server.url).join({ joinCode: s.joinCode, name: 'Mahasiswa Baru' })
    const api = createApi(server.url, teamless.token)
    const socket = await connect(teamless.token)
    const moved = nextEvent(socket, 'membership:changed')
    await api.pickTeam(s.teamIds[0]!)
    expect((await moved).teamId).toBe(s.teamIds[0])

    const comment = nextEvent(socket, 'comment:changed')
    await s.lecturer.api.createComment(s.workspaceIds[0]!, ANCHOR, 'Tambahkan buktinya.')
    expect(await comment).toMatchObject({ workspaceId: s.workspaceIds[0] })
  })

  function connect(token: string): Promise<ClientSocket> {
    return connectSocket(server.url, token, sockets)
  }
})
