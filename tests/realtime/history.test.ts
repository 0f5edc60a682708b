import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { FieldDiff, RestoreResult, SnapshotSummary, SnapshotView } from '../../cases/contracts/history'
import { CASE_LIBRARY } from '../../cases/library'
import { addCollectionItem, getCollectionItem } from '../../cases/ydoc/collections'
import { removeEcomapSystem } from '../../cases/ydoc/ecomap'
import { setupClassWithTeams, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { disposeAfterEach } from '../helpers/fixtures'
import {
  connectSynced,
  createMessageLog,
  notesOf,
  waitForDoc,
  waitForSavedCovering,
  waitForText,
  type YClient,
} from '../helpers/yclient'
import { EXPORT_FORMAT } from '../../cases/export/envelope'

const INTERVAL = 400
const { servers, clients } = disposeAfterEach()

async function start(env: Record<string, string> = {}): Promise<{ server: TestServer; setup: ClassSetup }> {
  const server = await startTestServer({
    HISTORY_INTERVAL_MS: String(INTERVAL),
    SAVE_DEBOUNCE_MS: '20',
    SAVE_MAX_WAIT_MS: '100',
    ...env,
  })
  servers.push(server)
  return { server, setup: await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 }) }
}

async function connect(server: TestServer, workspaceId: string, token: string): Promise<YClient> {
  const client = await connectSynced(server.wsUrl, workspaceId, token)
  clients.push(client)
  return client
}

async function history(api: Api, workspaceId: string): Promise<SnapshotSummary[]> {
  const res = await api.request<SnapshotSummary[]>('GET', `/api/workspaces/${workspaceId}/history`)
  expect(res.status).toBe(200)
  return res.body
}

async function view(api: Api, workspaceId: string, snapshotId: string): Promise<SnapshotView> {
  const res = await api.request<SnapshotView>('GET', `/api/workspaces/${workspaceId}/history/${snapshotId}`)
  expect(res.status).toBe(200)
  return res.body
}

const notesIn = (v: SnapshotView) => (v.templates.fiveC?.context as Record<string, unknown>).notes

/** Retry (each attempt an edit, as a team keeps working) until the workspace has `count` snapshots. */
async function workUntilSnapshots(client: YClient, api: Api, workspaceId: string, count: number) {
  await vi.waitFor(
    async () => {
      client.notes().insert(client.notes().length, '.')
      expect((await history(api, workspaceId)).length).toBeGreaterThanOrEqual(count)
    },
    { timeout: 10_000, interval: 100 },
  )
}

describe('history while a team works', () => {
  it('takes a periodic snapshot after edits, the next only an interval later, and none while idle', async () => {
    const { server, setup } = await start()
    const ws = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const log = createMessageLog()
    const a = await connectSynced(server.wsUrl, ws, ani!.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    clients.push(a)
    await connect(server, ws, budi!.token)
    expect(await history(ani!.api, ws)).toEqual([])

    a.notes().insert(0, 'Pertama')
    await vi.waitFor(async () => expect(await history(ani!.api, ws)).toHaveLength(1), { timeout: 5000 })
    await workUntilSnapshots(a, ani!.api, ws, 2)
    const [second, first] = await history(ani!.api, ws)
    expect(first).toEqual({
      id: expect.any(String),
      takenAt: expect.stringMatching(/Z$/),
      reason: 'periodic',
    })
    expect(second?.reason).toBe('periodic')
    expect(Date.parse(second!.takenAt) - Date.parse(first!.takenAt)).toBeGreaterThanOrEqual(INTERVAL)
    // The index names who edited since the previous snapshot.
    const index = JSON.parse(await readFile(path.join(server.dataDir, 'history', ws, 'index.json'), 'utf8'))
    expect(index.snapshots[0].byUserIds).toEqual([ani!.id])

    // Once the last edit is saved (a snapshot it leads to is queued before the acknowledgement, and listing waits
    // for it), nothing happens while nobody edits: proving an absence takes waiting out several intervals.
    await waitForSavedCovering(log, a.doc)
    const before = await history(ani!.api, ws)
    await new Promise((resolve) => setTimeout(resolve, INTERVAL * 3))
    expect(await history(ani!.api, ws)).toEqual(before)
  })

  it('shows a snapshot’s old text read-only while the live document has moved on, and diffs it', async () => {
    const { server, setup } = await start()
    const ws = setup.workspaceIds[0]!
    const ani = setup.students[0]![0]!
    const a = await connect(server, ws, ani.token)
    a.notes().insert(0, 'Keluarga tinggal di Bandung')
    const [first] = await vi.waitFor(async () => {
      const list = await history(ani.api, ws)
      expect(list).toHaveLength(1)
      return list
    })
    a.doc.transact(() => {
      a.notes().delete(9, 'tinggal di'.length)
      a.notes().insert(9, 'pindah ke')
    })
    await workUntilSnapshots(a, ani.api, ws, 2)
    const [second] = await history(ani.api, ws)
    const live = a.notes().toString()
    expect(live.startsWith('Keluarga pindah ke Bandung')).toBe(true)

    const old = await view(setup.lecturer.api, ws, first!.id)
    expect(notesIn(old)).toBe('Keluarga tinggal di Bandung')
    expect(old.snapshot).toEqual(first)
    expect(old.format).toBe(EXPORT_FORMAT)

    const field = 'fiveC.context.notes'
    const q = (from: string, to: string) =>
      `/api/workspaces/${ws}/history/diff?from=${from}&to=${to}&field=${encodeURIComponent(field)}`
    const between = await ani.api.request<FieldDiff>('GET', q(first!.id, second!.id))
    expect(between.status).toBe(200)
    expect(between.body.field).toBe(field)
    expect(between.body.changes.slice(0, 4)).toEqual([
      { op: 'equal', text: 'Keluarga ' },
      { op: 'delete', text: 'tinggal' },
      { op: 'insert', text: 'pindah' },
      { op: 'equal', text: ' ' },
    ])
    const toNow = await setup.lecturer.api.request<FieldDiff>('GET', q(first!.id, 'current'))
    expect(toNow.status).toBe(200)
    expect(toNow.body).toMatchObject({ field, from: first!.id, to: 'current' })
    const older = toNow.body.changes
      .filter((c) => c.op !== 'insert')
      .map((c) => c.text)
      .join('')
    const newer = toNow.body.changes
      .filter((c) => c.op !== 'delete')
      .map((c) => c.text)
      .join('')
    expect(older).toBe('Keluarga tinggal di Bandung')
    expect(newer).toBe(live)
  })
})

async function restore(api: Api, workspaceId: string, snapshotId: string): Promise<RestoreResult> {
  const res = await api.request<RestoreResult>(
    'POST',
    `/api/workspaces/${workspaceId}/history/${snapshotId}/restore`,
  )
  expect(res.status).toBe(200)
  return res.body
}

const textAt = (doc: Y.Doc, section: string, field: string) =>
  (doc.getMap<Y.Map<unknown>>('fiveC').get(section)?.get(field) as Y.Text).toString()

describe('restoring a snapshot', () => {
  it('brings the old text back to connected teammates live, as a new edit, after keeping a restore snapshot', async () => {
    const { server, setup } = await start()
    const ws = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const a = await connect(server, ws, ani!.token)
    const b = await connect(server, ws, budi!.token)
    a.notes().insert(0, 'Keluarga tinggal di Bandung')
    const [first] = await vi.waitFor(async () => {
      const list = await history(ani!.api, ws)
      expect(list).toHaveLength(1)
      return list
    })
    a.doc.transact(() => {
      a.notes().delete(9, 'tinggal di'.length)
      a.notes().insert(9, 'pindah ke')
      const description = a.doc.getMap<Y.Map<unknown>>('fiveC').get('context')?.get('contextDescription')
      ;(description as Y.Text).insert(0, 'Baru')
    })
    await waitForText(b.doc, 'Keluarga pindah ke Bandung')
    // Anchored on a word the restore leaves alone, as a comment on a passage is.
    const anchor = Y.createRelativePositionFromTypeIndex(a.notes(), a.notes().toString().indexOf('Bandung'))
    const aliceClock = Y.getState(a.doc.store, a.doc.clientID)

    const activeMinutesOf = async (userId: string) => {
      const mirror = await setup.lecturer.api.request<{
        members: { userId: string; activeMinutes: number }[]
      }>('GET', `/api/workspaces/${ws}/contributions`)
      return mirror.body.members.find((m) => m.userId === userId)?.activeMinutes
    }
    expect(await activeMinutesOf(budi!.id)).toBe(0)

    const result = await restore(budi!.api, ws, first!.id)
    expect(result.restored).toEqual(first)
    expect(result.before).toEqual({
      id: expect.any(String),
      takenAt: expect.stringMatching(/Z$/),
      reason: 'restore',
    })

    await waitForText(a.doc, 'Keluarga tinggal di Bandung')
    await waitForDoc(a.doc, (d) => textAt(d, 'context', 'contextDescription') === '')
    const position = Y.createAbsolutePositionFromRelativePosition(anchor, a.doc)
    expect(a.notes().toString().slice(position!.index)).toBe('Bandung')
    // A new edit on top: nothing Ani wrote was removed from the document's history.
    expect(Y.getState(a.doc.store, a.doc.clientID)).toBe(aliceClock)

    // Attributed to the member who restored (server/contributions counts a restore as activity, not typing).
    expect(await activeMinutesOf(budi!.id)).toBe(1)

    const list = await history(ani!.api, ws)
    expect(list[0]).toEqual(result.before)
    expect(notesIn(await view(ani!.api, ws, result.before.id))).toBe('Keluarga pindah ke Bandung')

    // The restore is itself undoable: restoring the snapshot taken before it.
    await restore(ani!.api, ws, result.before.id)
    await waitForText(b.doc, 'Keluarga pindah ke Bandung')
    await waitForDoc(b.doc, (d) => textAt(d, 'context', 'contextDescription') === 'Baru')
  })

  it('brings removed collection items back under their own ids and removes items added since', async () => {
    const { server, setup } = await start()
    const assignment = await setup.lecturer.api.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]!.id,
      templates: ['ecomap'],
    })
    const ws = assignment.workspaces[0]!.id
    const [ani, budi] = setup.students[0]!
    const a = await connect(server, ws, ani!.token)
    const b = await connect(server, ws, budi!.token)
    const systems = () => a.doc.getMap<Y.Map<unknown>>('ecomap').get('systems')!
    const defaultId = [...systems().keys()][0]!
    const clinic = addCollectionItem(a.doc, 'ecomap', 'systems', { label: 'Puskesmas', note: 'Dekat' })
    const [first] = await vi.waitFor(async () => {
      const list = await history(ani!.api, ws)
      expect(list).toHaveLength(1)
      return list
    })
    removeEcomapSystem(a.doc, clinic)
    const school = addCollectionItem(a.doc, 'ecomap', 'systems', { label: 'Sekolah' })
    const defaultItem = getCollectionItem(a.doc, 'ecomap', 'systems', defaultId)!
    const defaultLabel = defaultItem.get('label')
    defaultItem.set('label', 'Diganti')
    await waitForDoc(b.doc, (d) => getCollectionItem(d, 'ecomap', 'systems', school) !== undefined)
    await waitForDoc(
      b.doc,
      (d) => getCollectionItem(d, 'ecomap', 'systems', defaultId)?.get('label') === 'Diganti',
    )

    const diff = (field: string) =>
      ani!.api.request<FieldDiff>(
        'GET',
        `/api/workspaces/${ws}/history/diff?from=${first!.id}&to=current&field=${encodeURIComponent(field)}`,
      )
    const gone = await diff(`ecomap.systems.${clinic}.note`)
    expect(gone.status).toBe(200)
    expect(gone.body.changes).toEqual([{ op: 'delete', text: 'Dekat' }])
    for (const field of ['ecomap.systems.note', `ecomap.systems.${clinic}.label`, 'ecomap.systems..note']) {
      expect((await diff(field)).status).toBe(400)
    }

    await restore(budi!.api, ws, first!.id)
    await waitForDoc(a.doc, (d) => getCollectionItem(d, 'ecomap', 'systems', clinic) !== undefined)
    const back = getCollectionItem(a.doc, 'ecomap', 'systems', clinic)!
    expect(back.get('label')).toBe('Puskesmas')
    expect((back.get('note') as Y.Text).toString()).toBe('Dekat')
    await waitForDoc(a.doc, (d) => getCollectionItem(d, 'ecomap', 'systems', school) === undefined)
    expect(getCollectionItem(a.doc, 'ecomap', 'systems', defaultId)?.get('label')).toBe(defaultLabel)
  })
})

describe('saving the live workspace', () => {
  it('never writes history files: plain saves leave them as they are', async () => {
    // The default interval (ten minutes): after the first snapshot, saves alone write none.
    const { server, setup } = await start({ HISTORY_INTERVAL_MS: '600000' })
    const ws = setup.workspaceIds[0]!
    const ani = setup.students[0]![0]!
    const log = createMessageLog()
    const a = await connect(server, ws, ani.token)
    const acked = await connectSynced(server.wsUrl, ws, ani.token, {
      ack: true,
      WebSocketClass: log.WebSocketClass,
    })
    clients.push(acked)
    a.notes().insert(0, 'Awal')
    await vi.waitFor(async () => expect(await history(ani.api, ws)).toHaveLength(1))
    const folder = path.join(server.dataDir, 'history', ws)
    const files = async () =>
      Promise.all(
        (await readdir(folder)).sort().map(async (name) => {
          const { size, mtimeMs } = await stat(path.join(folder, name))
          return { name, size, mtimeMs }
        }),
      )
    const before = await files()
    const workspaceFile = path.join(server.dataDir, 'workspaces', `${ws}.json`)
    const savedBefore = (await stat(workspaceFile)).mtimeMs

    for (let i = 0; i < 5; i++) {
      acked.notes().insert(acked.notes().length, ` kalimat ${i}`)
      await waitForSavedCovering(log, acked.doc)
    }
    // SAVED means in the log; the snapshot follows within SAVE_MAX_WAIT_MS.
    await vi.waitFor(async () => expect((await stat(workspaceFile)).mtimeMs).toBeGreaterThan(savedBefore))
    expect(await files()).toEqual(before)
    expect(await history(ani.api, ws)).toHaveLength(1)
    expect(notesOf(a.doc).toString()).toContain('kalimat 4')
  })
})
