import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  awarenessFrame,
  connectRaw,
  connectSynced,
  waitForAwareness,
  waitForText,
  type RawClient,
  type YClient,
} from '../helpers/yclient'

type States = Map<number, Record<string, unknown>>

/** The colour that covered a lecturer's page (issue 11): a declaration list, not a colour. */
const PAINT =
  'red; position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; z-index: 9999; ' +
  'background-image: url("data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22><text>Sesi berakhir</text></svg>")'

describe('presence carries only what the app uses, at a bounded rate', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []
  const raws: RawClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 3 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    for (const raw of raws) raw.ws.close()
    await server.dispose()
  })

  const member = (i: number) => setup.students[0]![i]!
  const workspaceId = () => setup.workspaceIds[0]!
  const connect = async (i: number) => {
    const client = await connectSynced(server.wsUrl, workspaceId(), member(i).token)
    clients.push(client)
    return client
  }
  const connectHostile = async (i: number) => {
    const raw = await connectRaw(server.wsUrl, workspaceId(), member(i).token)
    raws.push(raw)
    return raw
  }
  const statesOf = (client: YClient) => client.provider.awareness.getStates() as States

  it('relays a stock client’s presence intact: colours, field and the editor’s caret', async () => {
    const ayu = await connect(0)
    const budi = await connect(1)
    ayu.notes().insert(0, 'Keluarga tinggal bersama nenek.')
    await waitForText(budi.doc, 'Keluarga tinggal bersama nenek.')

    // What useWorkspaceSync and y-codemirror.next publish for a selection of "tinggal".
    const cursor = {
      anchor: Y.createRelativePositionFromTypeIndex(ayu.notes(), 9),
      head: Y.createRelativePositionFromTypeIndex(ayu.notes(), 16),
    }
    ayu.provider.awareness.setLocalState({
      user: { name: 'Ayu', color: '#c2410c', colorLight: '#c2410c33' },
      field: 'fiveC.context.notes',
      cursor,
    })
    await waitForAwareness(budi.provider, (s) => s.get(ayu.doc.clientID)?.cursor != null)

    expect(statesOf(budi).get(ayu.doc.clientID)).toEqual({
      user: {
        name: member(0).name,
        id: member(0).id,
        role: 'student',
        color: '#c2410c',
        colorLight: '#c2410c33',
      },
      field: 'fiveC.context.notes',
      cursor: JSON.parse(JSON.stringify(cursor)) as unknown,
    })
    // The teammate resolves the caret to the same selection.
    const seen = statesOf(budi).get(ayu.doc.clientID)?.cursor as typeof cursor
    expect(Y.createAbsolutePositionFromRelativePosition(seen.anchor, budi.doc)?.index).toBe(9)
    expect(Y.createAbsolutePositionFromRelativePosition(seen.head, budi.doc)?.index).toBe(16)
  })

  it('drops foreign fields and hostile colours, and keeps the valid fields of the same state', async () => {
    const budi = await connect(1)
    const raw = await connectHostile(2)
    raw.send(
      awarenessFrame([
        {
          clientId: 6161,
          clock: 1,
          state: {
            user: {
              name: 'Dosen Palsu',
              role: 'lecturer',
              id: 'x',
              color: PAINT,
              colorLight: '#c00',
              avatar: 'x',
            },
            field: 'fiveC.context.notes',
            cursor: {
              anchor: { type: null, tname: null, item: null, assoc: 0 },
              head: { item: { client: 1 } },
            },
            style: 'position: fixed',
            html: '<img src=x onerror=alert(1)>',
          },
        },
      ]),
    )
    await waitForAwareness(budi.provider, (s) => s.has(6161))
    expect(statesOf(budi).get(6161)).toEqual({
      user: { name: member(2).name, id: member(2).id, role: 'student' },
      field: 'fiveC.context.notes',
    })

    // Each field stands on its own: a valid colour next to a hostile light colour is kept, a bad field dropped.
    raw.send(
      awarenessFrame([
        {
          clientId: 6161,
          clock: 2,
          state: {
            user: { color: '#15803d', colorLight: 'rgba(0,0,0,.2); position: fixed' },
            field: 'fiveC.context.notes"; style="position:fixed',
            cursor: null,
            __proto__: { polluted: true },
          },
        },
      ]),
    )
    await waitForAwareness(budi.provider, (s) => s.get(6161)?.cursor === null)
    expect(statesOf(budi).get(6161)).toEqual({
      user: { name: member(2).name, id: member(2).id, role: 'student', color: '#15803d' },
      cursor: null,
    })
    expect(raw.ws.readyState).toBe(raw.ws.OPEN)
  })

  it('a flood of presence from one connection reaches a teammate as a bounded number of updates, ending in the last state', async () => {
    const budi = await connect(1)
    const raw = await connectHostile(2)
    const id = 7171
    let received = 0
    budi.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      if (added.includes(id) || updated.includes(id)) received += 1
    })

    const FLOOD = 5000
    for (let i = 1; i <= FLOOD; i++)
      raw.send(awarenessFrame([{ clientId: id, clock: i, state: { field: `f-${i}` } }]))
    await waitForAwareness(budi.provider, (s) => s.get(id)?.field === `f-${FLOOD}`, 20_000)
    // About one update per 50 ms while the server reads the flood; never anywhere near one per message.
    expect(received).toBeGreaterThanOrEqual(1)
    expect(received).toBeLessThan(FLOOD / 20)

    // A removal is the latest state like any other: it arrives, and the connection stays.
    raw.send(awarenessFrame([{ clientId: id, clock: FLOOD + 1, state: { field: 'terakhir' } }]))
    raw.send(awarenessFrame([{ clientId: id, clock: FLOOD + 2, state: null }]))
    await waitForAwareness(budi.provider, (s) => !s.has(id))
    expect(raw.ws.readyState).toBe(raw.ws.OPEN)

    // Closing in the middle of a burst removes the presence for good.
    for (let i = 3; i < 100; i++)
      raw.send(awarenessFrame([{ clientId: id, clock: FLOOD + i, state: { field: `g-${i}` } }]))
    await waitForAwareness(budi.provider, (s) => s.has(id))
    raw.ws.close()
    await raw.closed
    await waitForAwareness(budi.provider, (s) => !s.has(id))
  })

  it('a stock client typing fast is coalesced too, and its last caret arrives', async () => {
    const ayu = await connect(0)
    const budi = await connect(1)
    let received = 0
    budi.provider.awareness.on('update', ({ updated }: { updated: number[] }) => {
      if (updated.includes(ayu.doc.clientID)) received += 1
    })
    for (let i = 0; i < 500; i++) ayu.provider.awareness.setLocalStateField('field', `fiveC.context.f${i}`)
    await waitForAwareness(budi.provider, (s) => s.get(ayu.doc.clientID)?.field === 'fiveC.context.f499')
    expect(received).toBeLessThan(500 / 5)
  })
})
