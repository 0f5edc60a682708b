import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { MessageType } from '../../cases/contracts/yjsMessages'
import { decodeLog } from '../../server/storage/lowdb/logRecords'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  connectSynced,
  createMessageLog,
  notesOf,
  waitForSavedCovering,
  waitForText,
  type YClient,
} from '../helpers/yclient'

/** The context notes as on disk: the workspace's snapshot file and its records in the update log's segments. */
async function notesOnDisk(dataDir: string, workspaceId: string): Promise<string> {
  const file = path.join(dataDir, 'workspaces', `${workspaceId}.json`)
  const stored = JSON.parse(await readFile(file, 'utf8')) as { state: string }
  const doc = new Y.Doc()
  Y.applyUpdate(doc, new Uint8Array(Buffer.from(stored.state, 'base64')))
  const logDir = path.join(dataDir, 'log')
  for (const name of await readdir(logDir)) {
    for (const { workspaceId: id, record } of decodeLog(await readFile(path.join(logDir, name))).records) {
      if (id === workspaceId) Y.applyUpdate(doc, record.update)
    }
  }
  const text = notesOf(doc).toString()
  doc.destroy()
  return text
}

describe('durable saving of live documents', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const connect = async (i: number, options: Parameters<typeof connectSynced>[3] = {}) => {
    const client = await connectSynced(
      server.wsUrl,
      setup.workspaceIds[0]!,
      setup.students[0]![i]!.token,
      options,
    )
    clients.push(client)
    return client
  }

  it('an update a teammate has received is already on disk, without anyone asking for acknowledgements', async () => {
    const ayu = await connect(0)
    const budi = await connect(1)
    ayu.notes().insert(0, 'tersimpan tanpa ack')
    await waitForText(budi.doc, 'tersimpan tanpa ack')
    // Relayed only once durable: read the disk right now, no waiting.
    expect(await notesOnDisk(server.dataDir, setup.workspaceIds[0]!)).toBe('tersimpan tanpa ack')
  })

  it('a client with ?ack=1 gets SAVED covering its edit; a stock client never gets a message of type 100', async () => {
    const ackLog = createMessageLog()
    const stockLog = createMessageLog()
    const acking = await connect(0, { ack: true, WebSocketClass: ackLog.WebSocketClass })
    const stock = await connect(1, { WebSocketClass: stockLog.WebSocketClass })
    // Right after sync the ack client learns what is stored already.
    await vi.waitFor(() => expect(ackLog.saved.length).toBeGreaterThan(0))

    acking.notes().insert(0, 'sudah aman. ')
    await waitForSavedCovering(ackLog, acking.doc)
    // The stock client was connected through that save; anything sent to it before the next edit has arrived.
    acking.notes().insert(0, 'lagi. ')
    await waitForText(stock.doc, (t) => t.startsWith('lagi. sudah aman.'))
    await waitForSavedCovering(ackLog, acking.doc)
    expect(stockLog.types.length).toBeGreaterThan(0)
    expect(stockLog.types).not.toContain(MessageType.SAVED)
    expect(ackLog.types).toContain(MessageType.SAVED)
  })
})
