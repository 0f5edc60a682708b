import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import type { Storage } from '../../server/storage/types'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  connectSynced,
  waitForClose,
  waitForSync,
  waitForText,
  type YClient,
  presenceBarrier,
} from '../helpers/yclient'

const clients: YClient[] = []
const servers: TestServer[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const server of servers.splice(0)) await server.dispose()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function connect(server: TestServer, workspaceId: string, token: string): Promise<YClient> {
  const client = await connectSynced(server.wsUrl, workspaceId, token)
  clients.push(client)
  return client
}

describe('the documents of an archived class are read-only', () => {
  it('archiving closes students with ARCHIVED; a reconnect cannot write; unarchiving reopens them', async () => {
    const server = await startTestServer()
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const ws = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const a = await connect(server, ws, ani!.token)
    const b = await connect(server, ws, budi!.token)
    const lecturer = await connect(server, ws, setup.lecturer.token)
    a.notes().insert(0, 'Sebelum diarsipkan')
    await waitForText(b.doc, 'Sebelum diarsipkan')

    const closes = [waitForClose(a.provider), waitForClose(b.provider)]
    const archived = await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, {
      archived: true,
    })
    expect(archived.status).toBe(200)
    expect(await Promise.all(closes)).toEqual([CloseCode.ARCHIVED, CloseCode.ARCHIVED])
    expect(lecturer.provider.wsconnected).toBe(true)

    // The stock client stops on a terminal code; reconnected, it reads but its edits are neither stored nor relayed.
    a.provider.connect()
    b.provider.connect()
    await Promise.all([waitForSync(a.provider), waitForSync(b.provider)])
    a.notes().insert(a.notes().length, ' DIARSIPKAN')
    await presenceBarrier(a, lecturer, 'after-archive')
    await presenceBarrier(a, b, 'after-archive')
    expect(a.provider.wsconnected).toBe(true)
    expect(lecturer.notes().toString()).toBe('Sebelum diarsipkan')
    expect(b.notes().toString()).toBe('Sebelum diarsipkan')
    const exported = (await setup.lecturer.api.exportWorkspace(ws)) as unknown as {
      templates: { fiveC: { context: { notes: string } } }
    }
    expect(exported.templates.fiveC.context.notes).toBe('Sebelum diarsipkan')
    const fresh = await connect(server, ws, budi!.token)
    expect(fresh.notes().toString()).toBe('Sebelum diarsipkan')
    fresh.destroy()

    // Unarchived: the read-only connections close with REOPENED, reconnect by themselves, and the held edit flows.
    const reopened = [waitForClose(a.provider), waitForClose(b.provider)]
    const unarchived = await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, {
      archived: false,
    })
    expect(unarchived.status).toBe(200)
    expect(await Promise.all(reopened)).toEqual([CloseCode.REOPENED, CloseCode.REOPENED])
    await waitForText(b.doc, 'Sebelum diarsipkan DIARSIPKAN')
    b.notes().insert(b.notes().length, ' lagi')
    await waitForText(a.doc, 'Sebelum diarsipkan DIARSIPKAN lagi')
  })

  it('stays read-only across a restart; a submitted workspace stays locked after unarchiving', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-archive-'))
    dirs.push(dataDir)
    const first = await startTestServer({}, dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 2, studentsPerTeam: 1 })
    const [open, submitted] = setup.workspaceIds as [string, string]
    const submitter = setup.students[1]![0]!
    expect((await submitter.api.request('POST', `/api/workspaces/${submitted}/submit`)).status).toBe(201)
    await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, { archived: true })
    await first.close()
    const server = await startTestServer({}, dataDir)
    servers.push(server)

    const student = await connect(server, open, setup.students[0]![0]!.token)
    const lecturer = await connect(server, open, setup.lecturer.token)
    student.notes().insert(0, 'Setelah mulai ulang')
    await presenceBarrier(student, lecturer, 'after-restart')
    expect(lecturer.notes().toString()).toBe('')

    const lecturerApi = createApi(server.url, setup.lecturer.token)
    await lecturerApi.request('PATCH', `/api/classes/${setup.classId}`, { archived: false })
    const other = await connect(server, submitted, submitter.token)
    const watcher = await connect(server, submitted, setup.lecturer.token)
    other.notes().insert(0, 'Masih terkunci')
    await presenceBarrier(other, watcher, 'still-locked')
    expect(watcher.notes().toString()).toBe('')
    expect((await createApi(server.url, submitter.token).getWorkspace(submitted)).access).toBe('read')
  })

  it('an archive the disk cannot store changes nothing: 503, the class stays open, edits keep flowing', async () => {
    const disk = { full: false }
    const wrap = (storage: Storage): Storage => {
      const put = storage.classes.put.bind(storage.classes)
      storage.classes.put = async (record) => {
        if (disk.full) throw Object.assign(new Error('ENOSPC: no space left (injected)'), { code: 'ENOSPC' })
        return put(record)
      }
      return storage
    }
    const server = await startTestServer({}, undefined, wrap)
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const ws = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const a = await connect(server, ws, ani!.token)
    const b = await connect(server, ws, budi!.token)

    disk.full = true
    const refused = await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, {
      archived: true,
    })
    expect(refused.status).toBe(503)
    disk.full = false
    expect((await setup.lecturer.api.getClass(setup.classId)).archived).toBe(false)
    a.notes().insert(0, 'Tetap bisa menulis')
    await waitForText(b.doc, 'Tetap bisa menulis')
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true)
  })
})
