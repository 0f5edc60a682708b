import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import type { SnapshotSummary, SnapshotView } from '../../cases/contracts/history'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForClose, waitForText, type YClient } from '../helpers/yclient'

const SOFT = 64 * 1024
const HARD = 2 * SOFT
const ENV = {
  DOCUMENT_SOFT_LIMIT_BYTES: String(SOFT),
  SAVE_DEBOUNCE_MS: '20',
  SAVE_MAX_WAIT_MS: '100',
  HISTORY_INTERVAL_MS: '1',
}

describe('a workspace document cannot grow past its hard limit', () => {
  let dir: string
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-size-'))
    server = await startTestServer(ENV, dir)
    setup = await setupClassWithTeams(server.url, { teams: 3, studentsPerTeam: 3 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  const connect = async (team: number, student: number) => {
    const client = await connectSynced(
      server.wsUrl,
      setup.workspaceIds[team]!,
      setup.students[team]![student]!.token,
    )
    clients.push(client)
    return client
  }

  /** A team's first student's API (the server may have been restarted on another port by an earlier test). */
  const studentApi = (team: number) => createApi(server.url, setup.students[team]![0]!.token)
  const historyOf = async (team: number) =>
    (
      await studentApi(team).request<SnapshotSummary[]>(
        'GET',
        `/api/workspaces/${setup.workspaceIds[team]}/history`,
      )
    ).body
  /**
   * Resolves with a team's newest snapshot once it holds `text` (so the server saved, and measured, the document
   * after the edit that made it).
   */
  const snapshotHolding = (team: number, text: string) =>
    vi.waitFor(
      async () => {
        const [newest] = await historyOf(team)
        const view = await studentApi(team).request<SnapshotView>(
          'GET',
          `/api/workspaces/${setup.workspaceIds[team]}/history/${newest!.id}`,
        )
        expect(JSON.stringify(view.body)).toContain(JSON.stringify(text))
        return newest!
      },
      { timeout: 10_000 },
    )

  it('tells the workspace’s readers the soft limit', async () => {
    const detail = await setup.students[0]![0]!.api.getWorkspace(setup.workspaceIds[0]!)
    expect(detail.documentSoftLimitBytes).toBe(SOFT)
  })

  it('takes a steady stream of edits up to the soft limit, and refuses the update that would pass the hard one', async () => {
    const ayu = await connect(0, 0)
    const budi = await connect(0, 1)
    const closes: number[] = []
    ayu.provider.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code))
    // 30 edits of 2 000 characters: about 60 KB, just under the soft limit.
    for (let i = 0; i < 30; i += 1) ayu.notes().insert(ayu.notes().length, `${i}`.padEnd(2000, '.'))
    const legit = ayu.notes().toString()
    await waitForText(budi.doc, legit)
    expect(Y.encodeStateAsUpdate(budi.doc).byteLength).toBeLessThan(SOFT)

    // A stock client past the app's own check: 80 KB at once would take the document past 128 KB.
    const citra = await connect(0, 2)
    citra.notes().insert(0, 'X'.repeat(80_000))
    expect(await waitForClose(citra.provider)).toBe(CloseCode.DOCUMENT_TOO_LARGE)

    // Teammates never got it, and keep working.
    ayu.notes().insert(0, 'masih bisa ')
    await waitForText(budi.doc, `masih bisa ${legit}`)
    expect(closes).toEqual([])
    const exported = await setup.students[0]![1]!.api.exportWorkspace(setup.workspaceIds[0]!)
    expect(JSON.stringify(exported)).not.toContain('XXXX')

    // Nothing of it was stored: not after a restart either.
    ayu.destroy()
    budi.destroy()
    citra.destroy()
    clients.length = 0
    await server.close()
    server = await startTestServer(ENV, dir)
    const again = await connect(0, 1)
    expect(again.notes().toString()).toBe(`masih bisa ${legit}`)
  })

  it('always takes removals, so a team can clean up a document filled to the brim', async () => {
    const ayu = await connect(2, 0)
    const budi = await connect(2, 1)
    const closes: number[] = []
    for (const { provider } of [ayu, budi])
      provider.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code))
    // Nearly full: 129 800 characters in one edit.
    ayu.notes().insert(0, 'ab'.repeat(64_900))
    await waitForText(budi.doc, (text) => text.length === 129_800)
    // One edit removing 500 characters here and there: a removal-only update whose size, added to the document's,
    // passes the hard limit.
    let removal = 0
    ayu.doc.once('update', (update: Uint8Array) => (removal = update.byteLength))
    ayu.doc.transact(() => {
      for (let i = 998; i >= 0; i -= 2) ayu.notes().delete(i, 1)
    })
    expect(Y.encodeStateAsUpdate(budi.doc).byteLength + removal).toBeGreaterThan(HARD)
    await waitForText(budi.doc, (text) => text.length === 129_300)
    // Clearing a large part makes room again, once the server has stored (and measured) the smaller document.
    budi.notes().delete(1_000, 100_000)
    await snapshotHolding(2, budi.notes().toString())
    budi.notes().insert(0, 'lega ')
    await waitForText(ayu.doc, (text) => text.startsWith('lega ') && text.length === 29_305)
    expect(closes).toEqual([])
  })

  it('refuses a restore that would pass the hard limit, before keeping anything', async () => {
    const ws = setup.workspaceIds[1]!
    const api = studentApi(1)
    const ayu = await connect(1, 0)
    const history = () => historyOf(1)
    // Above the soft limit (only a stock client gets there), in steps the server takes one save at a time.
    const a = 'A'.repeat(35_000)
    ayu.notes().insert(0, a)
    await snapshotHolding(1, a)
    ayu.notes().insert(a.length, a)
    const old = await snapshotHolding(1, a + a)
    const b = 'B'.repeat(35_000)
    ayu.notes().delete(0, ayu.notes().length)
    ayu.notes().insert(0, b)
    await snapshotHolding(1, b)
    ayu.notes().insert(b.length, b)
    await snapshotHolding(1, b + b)
    const before = await history()

    const res = await api.request('POST', `/api/workspaces/${ws}/history/${old.id}/restore`)
    expect(res.status).toBe(413)
    expect(res.body).toMatchObject({ error: { code: 'document_too_large' } })
    expect(await history()).toEqual(before)
    expect(ayu.notes().toString()).toBe(b + b)
    const exported = await api.exportWorkspace(ws)
    expect(JSON.stringify(exported)).not.toContain('AAAA')
    expect(HARD).toBeLessThan(4 * 35_000)
  })
})
