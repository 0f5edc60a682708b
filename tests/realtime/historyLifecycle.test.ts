import { mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SnapshotSummary } from '../../cases/contracts/history'
import { createApi, setupClassWithTeams, type Api } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, createMessageLog, waitForSavedCovering, type YClient } from '../helpers/yclient'
import { removeDataDir } from '../helpers/childServer'

const clients: YClient[] = []
const servers: TestServer[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const server of servers.splice(0)) await server.dispose()
  for (const dir of dirs.splice(0)) await removeDataDir(dir)
})

const env = { HISTORY_INTERVAL_MS: '60000', SAVE_DEBOUNCE_MS: '20', SAVE_MAX_WAIT_MS: '100' }

async function start(dataDir?: string): Promise<TestServer> {
  const server = await startTestServer(env, dataDir)
  servers.push(server)
  return server
}

async function history(api: Api, workspaceId: string): Promise<SnapshotSummary[]> {
  const res = await api.request<SnapshotSummary[]>('GET', `/api/workspaces/${workspaceId}/history`)
  expect(res.status).toBe(200)
  return res.body
}

describe('history across restarts and deletions', () => {
  it('counts the interval from the stored snapshots after a restart, not from the start', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-history-'))
    dirs.push(dir)
    const first = await start(dir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    const ws = setup.workspaceIds[0]!
    const ani = setup.students[0]![0]!
    const a = await connectSynced(first.wsUrl, ws, ani.token)
    clients.push(a)
    a.notes().insert(0, 'Sebelum')
    await vi.waitFor(async () => expect(await history(ani.api, ws)).toHaveLength(1))
    a.destroy()
    await first.close()

    const second = await start(dir)
    const log = createMessageLog()
    const again = await connectSynced(second.wsUrl, ws, ani.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    clients.push(again)
    again.notes().insert(again.notes().length, ' sesudah')
    await waitForSavedCovering(log, again.doc)
    // Well within the interval of the snapshot stored before the restart: the edit is saved, no snapshot taken.
    expect(await history(createApi(second.url, ani.token), ws)).toHaveLength(1)
  })

  it('restores a workspace nobody has open: the restored text is stored and the next client gets it', async () => {
    const server = await startTestServer({ ...env, HISTORY_INTERVAL_MS: '100', IDLE_UNLOAD_MS: '0' })
    servers.push(server)
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const ws = setup.workspaceIds[0]!
    const ani = setup.students[0]![0]!
    const a = await connectSynced(server.wsUrl, ws, ani.token)
    a.notes().insert(0, 'Versi lama')
    const [old] = await vi.waitFor(async () => {
      const list = await history(ani.api, ws)
      expect(list).toHaveLength(1)
      return list
    })
    a.notes().delete(0, a.notes().length)
    a.notes().insert(0, 'Versi baru')
    const notes = async () => {
      const exported = await ani.api.exportWorkspace(ws)
      return (exported.templates.fiveC?.context as Record<string, unknown>).notes
    }
    await vi.waitFor(async () => expect(await notes()).toBe('Versi baru'))
    a.destroy()

    const res = await ani.api.request('POST', `/api/workspaces/${ws}/history/${old!.id}/restore`)
    expect(res.status).toBe(200)
    await vi.waitFor(async () => expect(await notes()).toBe('Versi lama'))
    const later = await connectSynced(server.wsUrl, ws, ani.token)
    clients.push(later)
    expect(later.notes().toString()).toBe('Versi lama')
  })

  it('deletes a workspace’s history with the workspace', async () => {
    const server = await start()
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const [gone, kept] = setup.workspaceIds
    for (const [t, ws] of [gone!, kept!].entries()) {
      const student = setup.students[t]![0]!
      const client = await connectSynced(server.wsUrl, ws, student.token)
      clients.push(client)
      client.notes().insert(0, 'Isi')
      await vi.waitFor(async () => expect(await history(student.api, ws)).toHaveLength(1))
    }
    const folder = (ws: string) => path.join(server.dataDir, 'history', ws)
    const student = setup.students[0]![0]!.id
    await setup.lecturer.api.request('DELETE', `/api/classes/${setup.classId}/students/${student}`)
    const res = await setup.lecturer.api.request(
      'DELETE',
      `/api/classes/${setup.classId}/teams/${setup.teamIds[0]}`,
    )
    expect(res.status).toBe(204)
    await vi.waitFor(() => expect(readdir(folder(gone!))).rejects.toMatchObject({ code: 'ENOENT' }))
    expect(await readdir(folder(kept!))).toHaveLength(2)
  })
})
