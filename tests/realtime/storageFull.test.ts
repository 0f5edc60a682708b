import { afterEach, describe, expect, it, vi } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import type { Storage } from '../../server/storage/types'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  connectSynced,
  createMessageLog,
  waitForSavedCovering,
  waitForText,
  type YClient,
} from '../helpers/yclient'

/** The real lowdb storage, whose writes fail with ENOSPC while `full` is set (as a full disk would). */
function fillableStorage() {
  const disk = { full: false, failures: 0 }
  const noSpace = () => {
    disk.failures += 1
    return Object.assign(new Error('ENOSPC: no space left on device, write (injected)'), { code: 'ENOSPC' })
  }
  const guard =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (disk.full) throw noSpace()
      return write(...args)
    }
  const wrap = (storage: Storage): Storage => {
    storage.documents.append = guard(storage.documents.append.bind(storage.documents))
    storage.documents.store = guard(storage.documents.store.bind(storage.documents))
    storage.classes.put = guard(storage.classes.put.bind(storage.classes))
    storage.probeWrite = guard(storage.probeWrite.bind(storage))
    return storage
  }
  return { disk, wrap }
}

interface Health {
  status: string
  problems?: { code: string; message: string }[]
}

describe('a full disk', () => {
  const servers: TestServer[] = []
  const clients: YClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.dispose()
  })

  it('pauses edits with a transient close, answers REST writes 503, reports degraded, and recovers by itself', async () => {
    const { disk, wrap } = fillableStorage()
    const server = await startTestServer({}, undefined, wrap)
    servers.push(server)
    const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as Health
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const workspaceId = setup.workspaceIds[0]!
    const [ayuToken, budiToken] = setup.students[0]!.map((s) => s.token)
    const log = createMessageLog()
    const ayu = await connectSynced(server.wsUrl, workspaceId, ayuToken!, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    const budi = await connectSynced(server.wsUrl, workspaceId, budiToken!)
    clients.push(ayu, budi)
    const ayuCloses: number[] = []
    ayu.provider.on(
      'connection-close',
      (event: { code: number } | null) => event && ayuCloses.push(event.code),
    )

    ayu.notes().insert(0, 'sudah aman. ')
    await waitForSavedCovering(log, ayu.doc)
    await waitForText(budi.doc, 'sudah aman. ')

    disk.full = true
    ayu.notes().insert(ayu.notes().length, 'ditulis saat disk penuh.')
    // Ayu's connection is closed with the transient code: the provider keeps the edit and reconnects.
    await vi.waitFor(() => expect(ayuCloses).toContain(CloseCode.STORAGE_UNAVAILABLE), { timeout: 5_000 })
    await vi.waitFor(async () => expect((await health()).status).toBe('degraded'), { timeout: 5_000 })
    const degraded = await health()
    expect(degraded.problems?.map((p) => p.code)).toContain('STORAGE_WRITE_FAILED')
    expect(degraded.problems?.some((p) => p.message.includes('ENOSPC'))).toBe(true)
    // Nobody else got what could not be stored.
    expect(budi.notes().toString()).toBe('sudah aman. ')
    const refused = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/teams`, {
      name: 'Tim Baru',
    })
    expect(refused.status).toBe(503)
    expect(refused.body).toMatchObject({ error: { code: 'storage_unavailable' } })
    // What was refused did not happen: the class has no such team.
    const klass = await setup.lecturer.api.request<{ teams: { name: string }[] }>(
      'GET',
      `/api/classes/${setup.classId}`,
    )
    expect(klass.body.teams.map((t) => t.name)).not.toContain('Tim Baru')

    disk.full = false
    // Within a few seconds, without a restart: the edit is stored and relayed, Ayu is acknowledged, health is ok.
    await waitForText(budi.doc, 'sudah aman. ditulis saat disk penuh.', 10_000)
    await waitForSavedCovering(log, ayu.doc, 10_000)
    await vi.waitFor(async () => expect(await health()).toEqual({ status: 'ok' }), { timeout: 10_000 })
    const created = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/teams`, {
      name: 'Tim Baru',
    })
    expect(created.status).toBe(201)
    expect(ayuCloses.every((code) => code < 4400 || code >= 4500)).toBe(true)
    expect(disk.failures).toBeGreaterThan(0)
  })
})
