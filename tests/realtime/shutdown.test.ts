import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { decodeStateVectorMap, isCoveredBy } from '../../cases/contracts/yjsMessages'
import * as Y from 'yjs'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { connectSynced, createMessageLog, waitForClose, waitForText } from '../helpers/yclient'

describe('stopping the server', () => {
  it('stores everything first, confirms it to ?ack=1 clients, then closes connections with RESTARTING', async () => {
    // Long save delays: only the shutdown flush can have stored the edit.
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
    expect(log.saved.some((stored) => isCoveredBy(local, stored))).toBe(false)

    const ayuClosed = waitForClose(ayu.provider)
    const budiClosed = waitForClose(budi.provider)
    await server.close()
    expect(await ayuClosed).toBe(CloseCode.RESTARTING)
    expect(await budiClosed).toBe(CloseCode.RESTARTING)
    expect(log.saved.some((stored) => isCoveredBy(local, stored))).toBe(true)
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
