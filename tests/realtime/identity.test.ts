import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  awarenessFrame,
  connectRaw,
  connectSynced,
  notesOf,
  updateFrame,
  waitForAwareness,
  waitForText,
  type YClient,
} from '../helpers/yclient'

type States = Map<number, Record<string, unknown>>
const userOf = (states: States, id: number) => states.get(id)?.user as Record<string, unknown> | undefined

describe('identities on a live document come from the server', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 3 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const member = (i: number) => setup.students[0]![i]!
  const connect = async (i: number) => {
    const client = await connectSynced(server.wsUrl, setup.workspaceIds[0]!, member(i).token)
    clients.push(client)
    return client
  }

  it('presence names are the server’s, and awareness for a foreign client id never reaches peers', async () => {
    const ayu = await connect(0)
    const budi = await connect(1)
    ayu.provider.awareness.setLocalState({ user: { name: 'Bukan Ayu', color: '#cc0000' }, field: 'notes' })
    await waitForAwareness(budi.provider, (s) => userOf(s, ayu.doc.clientID)?.color === '#cc0000')
    const ayuSeen = userOf(budi.provider.awareness.getStates() as States, ayu.doc.clientID)
    expect(ayuSeen).toMatchObject({
      name: member(0).name,
      id: member(0).id,
      role: 'student',
      color: '#cc0000',
    })

    // A third member tries to publish as Ayu's client id and as an invented one, then as its own.
    const raw = await connectRaw(server.wsUrl, setup.workspaceIds[0]!, member(2).token)
    raw.send(
      awarenessFrame([
        { clientId: ayu.doc.clientID, clock: 1000, state: { user: { name: 'Ayu (palsu)' } } },
        { clientId: 4242, clock: 1, state: { user: { name: 'Hantu' } } },
      ]),
    )
    raw.send(awarenessFrame([{ clientId: 4242, clock: 2, state: { user: { name: 'Hantu' }, field: 'm1' } }]))
    raw.send(
      awarenessFrame([{ clientId: 777, clock: 1, state: { user: { name: 'Orang lain' }, field: 'm2' } }]),
    )
    // Ayu's id is refused (another connection publishes it), so 4242 becomes this connection's one id and 777
    // is dropped. Messages of one connection are handled in order, so once marker m1 arrives all three were.
    await waitForAwareness(budi.provider, (s) => s.get(4242)?.field === 'm1')
    const states = budi.provider.awareness.getStates() as States
    expect(userOf(states, ayu.doc.clientID)?.name).toBe(member(0).name)
    expect(userOf(states, 4242)).toMatchObject({ name: member(2).name, id: member(2).id })
    expect(states.has(777)).toBe(false)

    raw.ws.close()
    await waitForAwareness(budi.provider, (s) => !s.has(4242))
  })

  it('oversized and non-object presence states are dropped; the connection stays', async () => {
    const budi = await connect(1)
    const raw = await connectRaw(server.wsUrl, setup.workspaceIds[0]!, member(2).token)
    raw.send(awarenessFrame([{ clientId: 5151, clock: 1, state: { user: {}, big: 'x'.repeat(3000) } }]))
    raw.send(awarenessFrame([{ clientId: 5151, clock: 2, state: 'just a string' }]))
    raw.send(awarenessFrame([{ clientId: 5151, clock: 3, state: { field: 'kecil' } }]))
    await waitForAwareness(budi.provider, (s) => s.get(5151)?.field === 'kecil')
    const state = (budi.provider.awareness.getStates() as States).get(5151)
    expect(state).not.toHaveProperty('big')
    expect(userOf(budi.provider.awareness.getStates() as States, 5151)?.name).toBe(member(2).name)
    raw.ws.close()
    await raw.closed
  })

  it('an update under a teammate’s client id is refused and closes only that connection', async () => {
    const ayu = await connect(0)
    const budi = await connect(1)
    ayu.notes().insert(0, 'asli ')
    await waitForText(budi.doc, (t) => t.includes('asli'))

    // Forge an edit under Ayu's client id from Citra's connection.
    const forged = new Y.Doc()
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(ayu.doc))
    forged.clientID = ayu.doc.clientID
    const before = Y.encodeStateVector(forged)
    notesOf(forged).insert(0, 'PALSU ')
    const raw = await connectRaw(server.wsUrl, setup.workspaceIds[0]!, member(2).token)
    raw.send(updateFrame(Y.encodeStateAsUpdate(forged, before)))
    expect((await raw.closed).code).toBe(CloseCode.IMPERSONATION)

    // Everyone else keeps working, and the forged text is nowhere.
    budi.notes().insert(0, 'lanjut ')
    await waitForText(ayu.doc, (t) => t.includes('lanjut'))
    expect(ayu.notes().toString()).not.toContain('PALSU')
    const exported = await member(0).api.exportWorkspace(setup.workspaceIds[0]!)
    const templates = exported.templates as Record<string, Record<string, Record<string, unknown>>>
    expect(templates.fiveC?.context?.notes).not.toContain('PALSU')
  })
  it('re-sending a teammate’s content the server already has is fine (as a restored local copy does)', async () => {
    const ayu = await connect(0)
    const budi = await connect(1)
    ayu.notes().insert(0, 'milik Ayu ')
    await waitForText(budi.doc, (t) => t.includes('milik Ayu'))

    // Citra's local copy holds Ayu's text; she adds her own and sends everything she has in one update.
    const local = new Y.Doc()
    Y.applyUpdate(local, Y.encodeStateAsUpdate(ayu.doc))
    notesOf(local).insert(0, 'milik Citra ')
    const raw = await connectRaw(server.wsUrl, setup.workspaceIds[0]!, member(2).token)
    raw.send(updateFrame(Y.encodeStateAsUpdate(local)))
    await waitForText(budi.doc, (t) => t.includes('milik Citra'))
    expect(raw.ws.readyState).toBe(raw.ws.OPEN)
    raw.ws.close()
    await raw.closed
  })
})
