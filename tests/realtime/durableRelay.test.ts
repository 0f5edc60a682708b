import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeStateVectorMap, isCoveredBy } from '../../cases/contracts/yjsMessages'
import type { LogBatch, Storage } from '../../server/storage/types'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import {
  connectClient,
  connectSynced,
  createMessageLog,
  waitForSavedCovering,
  waitForSync,
  waitForText,
  waitForAwareness,
  type YClient,
} from '../helpers/yclient'

/**
 * The real lowdb storage with its log appends held at a gate: appends wait while it is closed, and may be made to
 * fail (as a full disk would) — the seam where durability happens.
 */
function gatedStorage() {
  let open = true
  let failures = 0
  const waiting: (() => void)[] = []
  const batches: LogBatch[] = []
  const arrived = new Set<() => void>()
  const gate = {
    batches,
    close: () => void (open = false),
    open() {
      open = true
      for (const release of waiting.splice(0)) release()
    },
    failNext: (n: number) => void (failures = n),
    /** Resolves once an append carrying a record of `workspaceId` has been asked for. */
    appendOf(workspaceId: string): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (!batches.some((b) => b.has(workspaceId))) return
          arrived.delete(check)
          resolve()
        }
        arrived.add(check)
        check()
      })
    },
    wrap(storage: Storage): Storage {
      const append = storage.documents.append.bind(storage.documents)
      storage.documents.append = async (batch) => {
        batches.push(batch)
        for (const check of [...arrived]) check()
        if (!open) await new Promise<void>((resolve) => waiting.push(resolve))
        if (failures > 0) {
          failures -= 1
          throw Object.assign(new Error('no space left on device (injected)'), { code: 'ENOSPC' })
        }
        return append(batch)
      }
      return storage
    },
  }
  return gate
}

describe('durable before relay', () => {
  const servers: TestServer[] = []
  const clients: YClient[] = []
  const gates: ReturnType<typeof gatedStorage>[] = []
  afterEach(async () => {
    for (const gate of gates.splice(0)) gate.open()
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.dispose()
  })

  async function setup(teams = 1) {
    const gate = gatedStorage()
    gates.push(gate)
    const server = await startTestServer({}, undefined, (storage) => gate.wrap(storage))
    servers.push(server)
    const classSetup = await setupClassWithTeams(server.url, { teams, studentsPerTeam: 2 })
    const connect = async (team: number, member: number, options = {}) => {
      const client = await connectSynced(
        server.wsUrl,
        classSetup.workspaceIds[team]!,
        classSetup.students[team]![member]!.token,
        options,
      )
      clients.push(client)
      return client
    }
    return { gate, server, classSetup, connect }
  }

  it('a teammate gets an edit, and its author the SAVED acknowledgement, only once it is in the log', async () => {
    const { gate, classSetup, connect } = await setup()
    const log = createMessageLog()
    const ayu = await connect(0, 0, { ack: true, WebSocketClass: log.WebSocketClass })
    const budi = await connect(0, 1)
    gate.close()
    gate.batches.length = 0
    ayu.notes().insert(0, 'belum aman')
    // The server has applied it and asked the log to keep it; the log has not answered yet.
    await gate.appendOf(classSetup.workspaceIds[0]!)
    const budiSawEarly = budi.notes().toString()
    const local = decodeStateVectorMap(Y.encodeStateVector(ayu.doc))
    const ackedEarly = log.saved.some((stored) => isCoveredBy(local, stored))
    gate.open()
    await waitForText(budi.doc, 'belum aman')
    await waitForSavedCovering(log, ayu.doc)
    expect(budiSawEarly).toBe('')
    expect(ackedEarly).toBe(false)
  })

  it('a member who connects meanwhile gets the not-yet-durable edit only once it is durable', async () => {
    const { gate, server, classSetup, connect } = await setup()
    const ayu = await connect(0, 0)
    gate.close()
    gate.batches.length = 0
    ayu.notes().insert(0, 'masih di jalan')
    await gate.appendOf(classSetup.workspaceIds[0]!)
    const cara = connectClient(server.wsUrl, classSetup.workspaceIds[0]!, classSetup.students[0]![1]!.token)
    clients.push(cara)
    cara.provider.awareness.setLocalStateField('cursor', null)
    // Cara's presence reached Ayu, so the server has read Cara's request for the document (sent before it).
    await waitForAwareness(ayu.provider, (states) => states.size >= 2)
    expect(cara.provider.synced).toBe(false)
    gate.open()
    await waitForSync(cara.provider)
    expect(cara.notes().toString()).toBe('masih di jalan')
  })

  it('a failing append keeps the edit from teammates, then relays and stores it once the log takes it', async () => {
    const { gate, server, classSetup, connect } = await setup()
    const ayu = await connect(0, 0)
    const budi = await connect(0, 1)
    gate.failNext(2)
    gate.batches.length = 0
    ayu.notes().insert(0, 'disk penuh sebentar')
    await waitForText(budi.doc, 'disk penuh sebentar')
    // Two failed appends and the one that succeeded.
    expect(gate.batches.length).toBeGreaterThanOrEqual(3)
    const health = (await (await fetch(`${server.url}/healthz?counters`)).json()) as {
      durability: { failures: number; flushes: number }
    }
    expect(health.durability.failures).toBe(2)
    expect(health.durability.flushes).toBeGreaterThan(0)
    expect(gate.batches.every((batch) => batch.has(classSetup.workspaceIds[0]!))).toBe(true)
  })
})
