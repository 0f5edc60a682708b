import * as Y from 'yjs'
import { describe, expect, it, vi } from 'vitest'
import { CloseCode } from '../../cases/contracts/closeCodes'
import { loadConfig } from '../../server/config'
import { createDocumentManager, type RoomConnection } from '../../server/documents'
import { createLogger } from '../../server/logger'
import { createMemoryStorage } from '../../server/storage/memory'
import { notesOf } from '../helpers/yclient'

function setup(env: Record<string, string> = {}) {
  const storage = createMemoryStorage()
  const config = loadConfig({
    DATA_DIR: '/nonexistent',
    SAVE_DEBOUNCE_MS: '50',
    SAVE_MAX_WAIT_MS: '200',
    ...env,
  })
  const documents = createDocumentManager({ storage, config, logger: createLogger('silent') })
  return { storage, documents }
}

/** A connection that remembers how it was closed. */
const connection = (): RoomConnection & { closedWith: number | null } => {
  const c = { closedWith: null as number | null, close: (code: number) => void (c.closedWith = code) }
  return c
}

/** The stored notes text of a workspace. */
async function storedNotes(
  storage: ReturnType<typeof createMemoryStorage>,
  workspaceId: string,
): Promise<string> {
  const stored = await storage.documents.load(workspaceId)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, stored!.state)
  return notesOf(doc).toString()
}

describe('the document manager', () => {
  it('creates a workspace’s whole structure and stores it', async () => {
    const { storage, documents } = setup()
    await documents.create('ws1', ['fiveC'])
    expect(await storedNotes(storage, 'ws1')).toBe('')
    expect(await documents.read('ws1', (doc) => notesOf(doc) instanceof Y.Text)).toBe(true)
    const stored = await storage.documents.load('ws1')
    expect(stored?.projection).toMatchObject({ fiveC: { context: { notes: '' } } })
  })

  it('shares one load between connections that open a room at the same time', async () => {
    const { documents } = setup()
    await documents.create('ws1', ['fiveC'])
    const [a, b] = await Promise.all([
      documents.connect('ws1', connection()),
      documents.connect('ws1', connection()),
    ])
    expect(a).toBe(b)
    await documents.close()
  })

  it('saves within the maximum wait even while edits keep coming, then tells listeners what is stored', async () => {
    const { storage, documents } = setup()
    await documents.create('ws1', ['fiveC'])
    const room = await documents.connect('ws1', connection())
    const saved: Uint8Array[] = []
    room.onSaved((sv) => saved.push(sv))
    const started = Date.now()
    notesOf(room.doc).insert(0, 'a')
    // An edit every 20 ms never lets the 50 ms debounce settle; the 200 ms maximum wait must still save.
    const typing = setInterval(() => notesOf(room.doc).insert(0, 'a'), 20)
    try {
      await vi.waitFor(async () => expect(await storedNotes(storage, 'ws1')).toMatch(/^a+$/), {
        timeout: 1_000,
        interval: 10,
      })
      expect(Date.now() - started).toBeLessThan(600)
    } finally {
      clearInterval(typing)
    }
    await room.flush()
    await room.whenDurable()
    expect(saved.length).toBeGreaterThan(0)
    expect(room.durableStateVector).toEqual(Y.encodeStateVector(room.doc))
    await documents.close()
  })

  it('reads the live document while it is loaded', async () => {
    const { documents } = setup({ SAVE_DEBOUNCE_MS: '1000', SAVE_MAX_WAIT_MS: '2000' })
    await documents.create('ws1', ['fiveC'])
    const room = await documents.connect('ws1', connection())
    notesOf(room.doc).insert(0, 'belum tersimpan')
    expect(await documents.read('ws1', (doc) => notesOf(doc).toString())).toBe('belum tersimpan')
    await documents.close()
  })

  it('unloads an idle room after flushing it, and keeps client-id owners with the document', async () => {
    const { storage, documents } = setup({
      IDLE_UNLOAD_MS: '0',
      SAVE_DEBOUNCE_MS: '1000',
      SAVE_MAX_WAIT_MS: '2000',
    })
    await documents.create('ws1', ['fiveC'])
    const conn = connection()
    const room = await documents.connect('ws1', conn)
    notesOf(room.doc).insert(0, 'sebelum dibongkar')
    room.bind(room.doc.clientID, 'student-1')
    documents.disconnect(room, conn)
    await vi.waitFor(() => expect(room.doc.isDestroyed).toBe(true))
    expect(await storedNotes(storage, 'ws1')).toBe('sebelum dibongkar')
    expect((await storage.documents.load('ws1'))?.clientOwners).toEqual({
      [String(room.doc.clientID)]: 'student-1',
    })

    const again = await documents.connect('ws1', connection())
    expect(again).not.toBe(room)
    expect(again.ownerOf(room.doc.clientID)).toBe('student-1')
    expect(notesOf(again.doc).toString()).toBe('sebelum dibongkar')
    await documents.close()
  })

  it('close() stores everything received', async () => {
    const { storage, documents } = setup({ SAVE_DEBOUNCE_MS: '1000', SAVE_MAX_WAIT_MS: '2000' })
    await documents.create('ws1', ['fiveC'])
    const room = await documents.connect('ws1', connection())
    notesOf(room.doc).insert(0, 'disimpan saat berhenti')
    await documents.close()
    expect(await storedNotes(storage, 'ws1')).toBe('disimpan saat berhenti')
  })

  it('delete() closes connections and removes the document for good', async () => {
    const { storage, documents } = setup()
    await documents.create('ws1', ['fiveC'])
    const conn = connection()
    const room = await documents.connect('ws1', conn)
    notesOf(room.doc).insert(0, 'akan dihapus')
    await documents.delete('ws1')
    expect(conn.closedWith).toBe(CloseCode.NO_ACCESS)
    expect(await storage.documents.load('ws1')).toBeUndefined()
    await documents.close()
    expect(await storage.documents.load('ws1')).toBeUndefined()
  })

  it('adds fields a template gained to a stored document when loading it, keeping what was written', async () => {
    const { storage, documents } = setup()
    await documents.create('ws1', ['fiveC'])
    const stored = (await storage.documents.load('ws1'))!
    const old = new Y.Doc()
    Y.applyUpdate(old, stored.state)
    const context = old.getMap<Y.Map<unknown>>('fiveC').get('context')!
    context.delete('notes')
    const description = context.get('contextDescription') as Y.Text
    description.insert(0, 'ditulis dulu')
    await storage.documents.store('ws1', { ...stored, state: Y.encodeStateAsUpdate(old) })

    const room = await documents.connect('ws1', connection())
    expect(notesOf(room.doc)).toBeInstanceOf(Y.Text)
    const loaded = room.doc
      .getMap<Y.Map<unknown>>('fiveC')
      .get('context')!
      .get('contextDescription') as Y.Text
    expect(loaded.toString()).toBe('ditulis dulu')
    // The upgrade is stored in the snapshot before the room is handed out, not at the next debounced save.
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, (await storage.documents.load('ws1'))!.state)
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(room.doc))
    expect(notesOf(reloaded)).toBeInstanceOf(Y.Text)
    await documents.close()
  })
})
