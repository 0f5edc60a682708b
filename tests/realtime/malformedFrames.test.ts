import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  connectRaw,
  connectSynced,
  notesOf,
  updateFrame,
  waitForText,
  type YClient,
} from '../helpers/yclient'

const LIMIT = 64 * 1024

describe('bad frames close only their own connection', () => {
  let server: TestServer
  let setup: ClassSetup
  let ayu: YClient
  let budi: YClient

  beforeAll(async () => {
    server = await startTestServer({ WS_MAX_MESSAGE_BYTES: String(LIMIT) })
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 3 })
    ayu = await connectSynced(server.wsUrl, setup.workspaceIds[0]!, setup.students[0]![0]!.token)
    budi = await connectSynced(server.wsUrl, setup.workspaceIds[0]!, setup.students[0]![1]!.token)
  })
  afterAll(async () => {
    ayu.destroy()
    budi.destroy()
    await server.dispose()
  })

  const citra = () => connectRaw(server.wsUrl, setup.workspaceIds[0]!, setup.students[0]![2]!.token)

  /** The two stock clients still sync both ways. */
  async function othersStillSync(word: string) {
    ayu.notes().insert(ayu.notes().length, ` ${word}-a`)
    budi.notes().insert(0, `${word}-b `)
    await waitForText(budi.doc, (t) => t.includes(`${word}-a`))
    await waitForText(ayu.doc, (t) => t.includes(`${word}-b`))
    expect(ayu.provider.wsconnected && budi.provider.wsconnected).toBe(true)
  }

  it.each([
    ['an unknown message type', new Uint8Array([77, 1, 2, 3])],
    ['an update of random bytes', updateFrame(new Uint8Array([9, 200, 13, 255, 255, 1, 7, 0, 3]))],
    ['a truncated sync frame', new Uint8Array([0, 2, 50, 1, 2])],
    ['an unknown sync step', new Uint8Array([0, 9, 0])],
    ['an awareness frame that is not JSON', new Uint8Array([1, 6, 1, 5, 1, 2, 123, 120])],
  ])('%s closes that connection with BAD_MESSAGE', async (_name, frame) => {
    const raw = await citra()
    raw.send(frame)
    expect((await raw.closed).code).toBe(CloseCode.BAD_MESSAGE)
    await othersStillSync(`after-${frame[0]}-${frame[1]}`)
  })

  it('a truncated real update is refused before it touches the document', async () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ayu.doc))
    const before = Y.encodeStateVector(doc)
    notesOf(doc).insert(0, 'SETENGAH '.repeat(20))
    const update = Y.encodeStateAsUpdate(doc, before)
    const raw = await citra()
    raw.send(updateFrame(update.slice(0, update.length - 7)))
    expect((await raw.closed).code).toBe(CloseCode.BAD_MESSAGE)
    await othersStillSync('after-truncated')
    expect(ayu.notes().toString()).not.toContain('SETENGAH')
  })

  it('a frame over WS_MAX_MESSAGE_BYTES closes that connection with TOO_LARGE', async () => {
    const raw = await citra()
    raw.send(new Uint8Array(LIMIT + 1))
    expect((await raw.closed).code).toBe(CloseCode.TOO_LARGE)
    await othersStillSync('after-large')
  })

  it('a frame over the hard ceiling is refused by the WebSocket layer with 1009', async () => {
    const raw = await citra()
    raw.send(new Uint8Array(LIMIT * 4 + 1))
    expect((await raw.closed).code).toBe(1009)
    await othersStillSync('after-huge')
  })

  it('a text frame closes that connection with BAD_MESSAGE', async () => {
    const raw = await citra()
    raw.ws.send('halo')
    expect((await raw.closed).code).toBe(CloseCode.BAD_MESSAGE)
    await othersStillSync('after-text')
  })
})
