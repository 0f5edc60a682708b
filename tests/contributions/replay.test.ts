import { afterEach, describe, expect, it } from 'vitest'
import type { WorkspaceContributions } from '../../cases/contributions'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import { connectSynced, createMessageLog, waitForSavedCovering, waitForText } from '../helpers/yclient'

describe('attribution survives a crash before any snapshot', () => {
  const servers: ChildServer[] = []
  const dirs: string[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop('SIGKILL')
    for (const dir of dirs.splice(0)) await removeDataDir(dir)
  })

  it('replaying the log credits each member with what they typed, as before the kill', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    // No snapshot (and so no counters file) can be written before the kill: only the log has the edits.
    const env = { SAVE_DEBOUNCE_MS: '600000', SAVE_MAX_WAIT_MS: '600000' }
    const first = await startChildServer(dataDir, env)
    servers.push(first)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 2 })
    const workspaceId = setup.workspaceIds[0]!
    const [ayu, budi] = setup.students[0]!
    const log = createMessageLog()
    const ayuClient = await connectSynced(first.wsUrl, workspaceId, ayu!.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    const budiClient = await connectSynced(first.wsUrl, workspaceId, budi!.token)
    ayuClient.notes().insert(0, 'dua puluh karakter!!')
    await waitForText(budiClient.doc, 'dua puluh karakter!!')
    budiClient.notes().insert(0, 'xyz ')
    await waitForText(ayuClient.doc, 'xyz dua puluh karakter!!')
    await waitForSavedCovering(log, ayuClient.doc)
    ayuClient.destroy()
    budiClient.destroy()
    await first.stop('SIGKILL')
    servers.splice(0)

    const second = await startChildServer(dataDir, env)
    servers.push(second)
    const res = await createApi(second.url, setup.lecturer.token).request<WorkspaceContributions>(
      'GET',
      `/api/workspaces/${workspaceId}/contributions`,
    )
    expect(res.status).toBe(200)
    const chars = Object.fromEntries(res.body.members.map((m) => [m.userId, m.charsAdded]))
    expect(chars).toEqual({ [ayu!.id]: 20, [budi!.id]: 4 })
  })
})
