import { cp, rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { openLowdbStorage } from '../../server/storage/lowdb'
import { setupClassWithTeams } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import { connectClient, connectSynced, waitForSync, waitForText, type YClient } from '../helpers/yclient'

/** Every close code a client's connection was closed with. */
function recordCloses(client: YClient, codes: number[]): void {
  client.provider.on('connection-close', (event: { code: number } | null) => {
    if (event) codes.push(event.code)
  })
}

describe('after an operator restores an older backup', () => {
  const servers: ChildServer[] = []
  const dirs: string[] = []
  const clients: YClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.stop('SIGKILL')
    for (const dir of dirs.splice(0)) await removeDataDir(dir)
  })

  const start = async (dataDir: string, port = '0') => {
    const server = await startChildServer(dataDir, { PORT: port })
    servers.push(server)
    return server
  }
  const stop = async (server: ChildServer) => {
    expect(await server.stop('SIGTERM')).toBe(0)
    servers.splice(servers.indexOf(server), 1)
  }

  it('members reconnect and every device’s newer work merges, with no one locked out', async () => {
    const dataDir = await makeDataDir()
    const backupDir = await makeDataDir()
    dirs.push(dataDir, backupDir)
    let server = await start(dataDir)
    const port = new URL(server.url).port
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 3 })
    const workspaceId = setup.workspaceIds[0]!
    const [ayuToken, budiToken, caraToken] = setup.students[0]!.map((s) => s.token) as [
      string,
      string,
      string,
    ]
    const closes: number[] = []
    const connect = (token: string, doc?: YClient['doc']) => {
      const client = connectClient(server.wsUrl, workspaceId, token, doc ? { doc } : {})
      clients.push(client)
      recordCloses(client, closes)
      return client
    }

    const ayu = connect(ayuToken)
    const budi = connect(budiToken)
    await Promise.all([waitForSync(ayu.provider), waitForSync(budi.provider)])
    ayu.notes().insert(0, 'sebelum cadangan. ')
    await waitForText(budi.doc, 'sebelum cadangan. ')

    // The operator takes a backup of the stopped installation and starts it again.
    await stop(server)
    await cp(dataDir, backupDir, { recursive: true })
    server = await start(dataDir, port)
    await Promise.all([waitForSync(ayu.provider), waitForSync(budi.provider)])

    // Work after the backup: Ayu and Budi under their ids, and Cara on a device whose id the backup never saw.
    ayu.notes().insert(ayu.notes().length, 'A setelah. ')
    budi.notes().insert(budi.notes().length, 'B setelah. ')
    const cara = connect(caraToken)
    await waitForSync(cara.provider)
    cara.notes().insert(cara.notes().length, 'C dari ponsel. ')
    const everything = (t: string) =>
      ['A setelah.', 'B setelah.', 'C dari ponsel.'].every((p) => t.includes(p))
    await Promise.all([ayu, budi, cara].map((c) => waitForText(c.doc, everything)))
    // Cara's phone goes away (flat battery) with its copy.
    const caraDoc = cara.doc
    cara.provider.destroy()

    // Something went wrong; the operator restores the backup and marks the restore.
    await stop(server)
    await rm(dataDir, { recursive: true, force: true })
    await cp(backupDir, dataDir, { recursive: true })
    const storage = await openLowdbStorage(dataDir)
    await storage.restore.mark(new Date().toISOString())
    await storage.close()
    server = await start(dataDir, port)

    // Ayu's and Budi's devices reconnect by themselves and send what the restored data lacks: their own work,
    // and each other's and Cara's, under ids the restored data gives to someone else or does not know.
    await Promise.all([waitForSync(ayu.provider), waitForSync(budi.provider)])
    await Promise.all([ayu, budi].map((c) => waitForText(c.doc, everything)))
    expect(ayu.notes().toString()).toBe(budi.notes().toString())

    // Cara's phone comes back days later with the same copy and keeps typing under its old id.
    const caraAgain = connect(caraToken, caraDoc)
    await waitForSync(caraAgain.provider)
    caraAgain.notes().insert(0, 'C lagi. ')
    await waitForText(ayu.doc, (t) => t.startsWith('C lagi. ') && everything(t))

    // Nothing is lost on the server: a fresh device sees all of it, and nobody was closed terminally.
    const fresh = await connectSynced(server.wsUrl, workspaceId, budiToken)
    clients.push(fresh)
    expect(fresh.notes().toString()).toBe(ayu.notes().toString())
    expect(everything(fresh.notes().toString())).toBe(true)
    expect(closes.filter((code) => code >= 4400 && code < 4500)).toEqual([])
  })
})
