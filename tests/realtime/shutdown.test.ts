import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { decodeStateVectorMap, isCoveredBy } from '../../cases/contracts/yjsMessages'
import * as Y from 'yjs'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { connectSynced, createMessageLog, notesOf, waitForClose, waitForText } from '../helpers/yclient'

/** The context notes in the workspace's snapshot file (not counting its update log). */
async function snapshotNotes(dataDir: string, workspaceId: string): Promise<string> {
  const file = path.join(dataDir, 'workspaces', `${workspaceId}.json`)
  const stored = JSON.parse(await readFile(file, 'utf8')) as { state: string }
  const doc = new Y.Doc()
  Y.applyUpdate(doc, new Uint8Array(Buffer.from(stored.state, 'base64')))
  const text = notesOf(doc).toString()
  doc.destroy()
  return text
}

describe('stopping the server', () => {
  it('compacts everything into the snapshot, confirms it to ?ack=1 clients, then closes connections with RESTARTING', async () => {
    // Long snapshot delays: only the shutdown can have written the edit into the snapshot (it is in the log).
    const server = await startTestServer({ SAVE_DEBOUNCE_MS: '2000', SAVE_MAX_WAIT_MS: '2000' })
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const log = createMessageLog()
    const ayu = await connectSynced(server.wsUrl, setup.workspaceIds[0]!, setup.students[0]![0]!.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    const budi = await connectSynced(server.wsUrl, setup.workspaceIds[0]!, setup.students[0]![1]!.token)
    ayu.notes().insert(0, 'disimpan saat dimatikan')
    await waitForText(budi.doc, 'disimpan saat dimatikan')
    const local = decodeStateVectorMap(Y.encodeStateVector(ayu.doc))
    expect(await snapshotNotes(server.dataDir, setup.workspaceIds[0]!)).toBe('')

    const ayuClosed = waitForClose(ayu.provider)
    const budiClosed = waitForClose(budi.provider)
    await server.close()
    expect(await ayuClosed).toBe(CloseCode.RESTARTING)
    expect(await budiClosed).toBe(CloseCode.RESTARTING)
    expect(log.saved.some((stored) => isCoveredBy(local, stored))).toBe(true)
    expect(await snapshotNotes(server.dataDir, setup.workspaceIds[0]!)).toBe('disimpan saat dimatikan')
    ayu.destroy()
    budi.destroy()

    const again = await startTestServer({}, server.dataDir)
    try {
      const reader = await connectSynced(again.wsUrl, setup.workspaceIds[0]!, setup.students[0]![0]!.token)
      expect(reader.notes().toString()).toBe('disimpan saat dimatikan')
      reader.destroy()
    } finally {
      await again.dispose()
    }
  })
})
