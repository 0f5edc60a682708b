import { mkdtemp, readFile } from 'node:fs/promises'
import { io, type Socket } from 'socket.io-client'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { VersionSummary } from '../../cases/contracts/http'
import { CloseCode } from '../../cases/contracts/closeCodes'
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  WorkspaceStatusEvent,
} from '../../cases/contracts/socketEvents'
import { CASE_LIBRARY } from '../../cases/library'
import { setupClassWithTeams, type Api } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  connectSynced,
  notesOf,
  waitForClose,
  waitForSync,
  waitForText,
  type YClient,
  presenceBarrier,
} from '../helpers/yclient'
import { removeDataDir } from '../helpers/childServer'

type Json = Record<string, Record<string, Record<string, unknown>>>

const clients: YClient[] = []
const servers: TestServer[] = []
const dirs: string[] = []
const sockets: Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect()
  for (const client of clients.splice(0)) client.destroy()
  for (const server of servers.splice(0)) await server.dispose()
  for (const dir of dirs.splice(0)) await removeDataDir(dir)
})

async function start(dataDir?: string): Promise<TestServer> {
  const server = await startTestServer({}, dataDir)
  servers.push(server)
  return server
}

async function connect(server: TestServer, workspaceId: string, token: string): Promise<YClient> {
  const client = await connectSynced(server.wsUrl, workspaceId, token)
  clients.push(client)
  return client
}

async function submit(api: Api, workspaceId: string): Promise<VersionSummary> {
  const res = await api.request<VersionSummary>('POST', `/api/workspaces/${workspaceId}/submit`)
  expect(res.status).toBe(201)
  return res.body
}

async function notesOfVersion(api: Api, workspaceId: string, n: number): Promise<unknown> {
  const res = await api.request<{ templates: Json }>('GET', `/api/workspaces/${workspaceId}/versions/${n}`)
  expect(res.status).toBe(200)
  return res.body.templates.fiveC?.context?.notes
}

describe('a submitted workspace is read-only at the protocol level', () => {
  it('after submit a stock client changes neither the stored state, nor the export, nor what teammates see', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-submit-'))
    dirs.push(dataDir)
    const server = await start(dataDir)
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const ws = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const a = await connect(server, ws, ani!.token)
    const b = await connect(server, ws, budi!.token)
    const lecturer = await connect(server, ws, setup.lecturer.token)
    a.notes().insert(0, 'Sebelum dikumpulkan')
    await waitForText(b.doc, 'Sebelum dikumpulkan')
    await waitForText(lecturer.doc, 'Sebelum dikumpulkan')

    const closes = [waitForClose(a.provider), waitForClose(b.provider)]
    await submit(ani!.api, ws)
    expect(await Promise.all(closes)).toEqual([CloseCode.LOCKED, CloseCode.LOCKED])
    expect(lecturer.provider.wsconnected).toBe(true)

    // Offline edit after the lock, then the stock client reconnects: read-only, and it stays connected.
    a.notes().insert(0, 'LUAR JARINGAN ')
    a.provider.connect()
    await waitForSync(a.provider)
    a.notes().insert(a.notes().length, ' SETELAH')
    a.doc.getMap<Y.Map<unknown>>('fiveC').get('characteristics')?.set('interactsWithOutside', true)
    await presenceBarrier(a, lecturer, 'after-lock-edits')
    expect(a.provider.wsconnected).toBe(true)
    // The client keeps its own edits locally (they are not part of the submission).
    expect(a.notes().toString()).toBe('LUAR JARINGAN Sebelum dikumpulkan SETELAH')

    expect(lecturer.notes().toString()).toBe('Sebelum dikumpulkan')
    const teammate = await connect(server, ws, budi!.token)
    expect(teammate.notes().toString()).toBe('Sebelum dikumpulkan')
    const exported = await budi!.api.exportWorkspace(ws)
    expect((exported.templates as Json).fiveC?.context?.notes).toBe('Sebelum dikumpulkan')
    expect((exported.templates as Json).fiveC?.characteristics?.interactsWithOutside).toBeNull()
    expect(await notesOfVersion(budi!.api, ws, 1)).toBe('Sebelum dikumpulkan')

    // Everything stored: the live document's file and the version's Yjs state hold only the submitted text.
    for (const client of clients.splice(0)) client.destroy()
    await servers.splice(0)[0]!.close()
    const stored = JSON.parse(await readFile(path.join(dataDir, 'workspaces', `${ws}.json`), 'utf8')) as {
      state: string
    }
    const versionState = await readFile(path.join(dataDir, 'versions', ws, 'v1.yjs'))
    for (const bytes of [Buffer.from(stored.state, 'base64'), versionState]) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, new Uint8Array(bytes))
      expect(notesOf(doc).toString()).toBe('Sebelum dikumpulkan')
      doc.destroy()
    }
  })

  it('return closes read-only connections with REOPENED; edits flow again, held edits merge, v1 stays as it was', async () => {
    const server = await start()
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const ws = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const a = await connect(server, ws, ani!.token)
    a.notes().insert(0, 'Versi satu')
    const locked = waitForClose(a.provider)
    await submit(ani!.api, ws)
    expect(await locked).toBe(CloseCode.LOCKED)

    a.provider.connect()
    await waitForSync(a.provider)
    const b = await connect(server, ws, budi!.token)
    a.notes().insert(a.notes().length, ' + revisi')
    await presenceBarrier(a, b, 'held-edit')
    expect(b.notes().toString()).toBe('Versi satu')

    const reopened = [waitForClose(a.provider), waitForClose(b.provider)]
    const returned = await setup.lecturer.api.request('POST', `/api/workspaces/${ws}/return`)
    expect(returned.status).toBe(200)
    expect(await Promise.all(reopened)).toEqual([CloseCode.REOPENED, CloseCode.REOPENED])

    // The stock clients reconnect by themselves; the edit held while read-only now reaches the teammate.
    await waitForText(b.doc, 'Versi satu + revisi')
    b.notes().insert(b.notes().length, ' lagi')
    await waitForText(a.doc, 'Versi satu + revisi lagi')

    expect((await submit(budi!.api, ws)).version).toBe(2)
    expect(await notesOfVersion(ani!.api, ws, 1)).toBe('Versi satu')
    expect(await notesOfVersion(ani!.api, ws, 2)).toBe('Versi satu + revisi lagi')
  })

  it('a lock at the due time closes the team’s connections with LOCKED, not the lecturer’s', async () => {
    const server = await start()
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const assignment = await setup.lecturer.api.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]!.id,
      templates: ['fiveC'],
      dueAt: new Date(Date.now() + 1500).toISOString(),
      lockAtDue: true,
    })
    const ws = assignment.workspaces[0]!.id
    const student = await connect(server, ws, setup.students[0]![0]!.token)
    const lecturer = await connect(server, ws, setup.lecturer.token)
    student.notes().insert(0, 'Tepat waktu')
    await waitForText(lecturer.doc, 'Tepat waktu')
    expect(await waitForClose(student.provider)).toBe(CloseCode.LOCKED)
    expect(lecturer.provider.wsconnected).toBe(true)
    expect(await notesOfVersion(setup.lecturer.api, ws, 1)).toBe('Tepat waktu')
  })
})

describe('workspace status over socket.io', () => {
  type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>

  function listen(server: TestServer, token: string): Promise<ClientSocket> {
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
  const next = (socket: ClientSocket) =>
    new Promise<WorkspaceStatusEvent>((resolve) => socket.once('workspace:status', resolve))

  it('tells the team and the class’s lecturers when work is submitted and returned, and no other team', async () => {
    const server = await start()
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    const [ws, otherWs] = setup.workspaceIds
    const teammate = await listen(server, setup.students[0]![1]!.token)
    const lecturer = await listen(server, setup.lecturer.token)
    const otherTeam = await listen(server, setup.students[1]![0]!.token)
    const otherGot: string[] = []
    otherTeam.on('workspace:status', (e) => otherGot.push(e.workspaceId))

    const seen = [next(teammate), next(lecturer)]
    await submit(setup.students[0]![0]!.api, ws!)
    for (const event of await Promise.all(seen)) {
      expect(event).toMatchObject({ workspaceId: ws, status: 'submitted', version: { version: 1 } })
    }
    const back = [next(teammate), next(lecturer)]
    expect((await setup.lecturer.api.request('POST', `/api/workspaces/${ws}/return`)).status).toBe(200)
    for (const event of await Promise.all(back))
      expect(event).toMatchObject({ workspaceId: ws, status: 'open' })

    // The other team's own event comes after ours were sent, so ours would have arrived first.
    const own = next(otherTeam)
    await submit(setup.students[1]![0]!.api, otherWs!)
    expect((await own).workspaceId).toBe(otherWs)
    expect(otherGot).toEqual([otherWs])
  })
})
