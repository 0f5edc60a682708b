import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { getTemplate } from '../../cases/templates'
import { addCollectionItem, getCollectionItem, removeCollectionItem } from '../../cases/ydoc/collections'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { addTally, emptyRecord } from '../../server/contributions/counters'
import { tallyTransaction } from '../../server/contributions/tally'
import { textPresence } from '../../server/contributions/textShare'

/** A server-side doc that attributes like the ledger does, and clients that send it their updates. */
function workspace() {
  const server = new Y.Doc()
  ensureWorkspaceStructure(server, [getTemplate('fiveC'), getTemplate('ecomap')])
  const record = emptyRecord('w1')
  const owners = new Map<number, string>()
  server.on('afterTransaction', (tr: Y.Transaction) => {
    const origin = tr.origin as { userId?: string } | null
    const userId = origin?.userId
    if (userId)
      addTally(
        record,
        userId,
        tallyTransaction(tr, (id) => owners.get(id) === userId),
        1,
      )
  })
  const client = (userId: string) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'server') return
      owners.set(doc.clientID, userId)
      Y.applyUpdate(server, update, { userId })
    })
    return doc
  }
  const catchUp = (doc: Y.Doc) =>
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)), 'server')
  return { server, record, owners, client, catchUp }
}

const notes = (doc: Y.Doc) => (doc.getMap('fiveC').get('context') as Y.Map<unknown>).get('notes') as Y.Text

describe('attributing one transaction', () => {
  it("counts characters typed and removed, by whoever sent the update, and removals of others' text apart", () => {
    const w = workspace()
    const ani = w.client('ani')
    const budi = w.client('budi')
    notes(ani).insert(0, 'Halo dunia')
    notes(ani).insert(10, '!')
    w.catchUp(budi)
    notes(budi).delete(0, 5)
    notes(budi).insert(0, 'Hai ')
    expect(w.record.members.ani?.charsAdded).toBe(11)
    expect(w.record.members.ani?.charsRemoved).toBe(0)
    expect(w.record.members.budi?.charsAdded).toBe(4)
    expect(w.record.members.budi?.charsRemoved).toBe(5)
    expect(w.record.members.budi?.perTemplate.fiveC?.charsRemoved).toBe(5)
    expect(notes(w.server).toString()).toBe('Hai dunia!')
    // Budi removed Ani's text: condensing others' text counts (capped) for him.
    expect(w.record.members.budi?.charsRemovedCounted).toBe(5)
    // Removing his own text again (a revision of his own draft) is counted, but not as editing others' text.
    notes(budi).delete(0, 2)
    expect(w.record.members.budi?.charsRemoved).toBe(7)
    expect(w.record.members.budi?.charsRemovedCounted).toBe(5)
    notes(budi).insert(0, 'Ha')

    const present = textPresence(w.server, ['fiveC', 'ecomap'], (id) => w.owners.get(id))
    expect(Object.fromEntries(present.get('fiveC') ?? [])).toEqual({ ani: 6, budi: 4 })
  })

  it('counts a moved, added or removed ecomap system as one edit each, its ties as edits of their own', () => {
    const w = workspace()
    const ani = w.client('ani')
    const systems = ani.getMap('ecomap').get('systems') as Y.Map<unknown>
    const family = [...systems.keys()][0]!
    ani.transact(() => {
      getCollectionItem(ani, 'ecomap', 'systems', family)?.set('x', 100)
      getCollectionItem(ani, 'ecomap', 'systems', family)?.set('y', 200)
    })
    expect(w.record.members.ani?.ecomapEdits).toBe(1)
    const clinic = addCollectionItem(ani, 'ecomap', 'systems', { label: 'Puskesmas', x: 10, y: 10 })
    expect(w.record.members.ani?.ecomapEdits).toBe(2)
    addCollectionItem(ani, 'ecomap', 'ties', { from: 'centre', to: clinic })
    expect(w.record.members.ani?.ecomapEdits).toBe(3)
    removeCollectionItem(ani, 'ecomap', 'systems', clinic)
    expect(w.record.members.ani?.ecomapEdits).toBe(4)
    expect(w.record.members.ani?.fieldEdits).toBe(0)
    expect(w.record.members.ani?.perTemplate.ecomap?.ecomapEdits).toBe(4)
  })

  it('counts other field changes as field edits, and text inside a removed item is not counted as removed', () => {
    const w = workspace()
    const ani = w.client('ani')
    ;(ani.getMap('fiveC').get('characteristics') as Y.Map<unknown>).set('interactsWithOutside', true)
    expect(w.record.members.ani?.fieldEdits).toBe(1)
    const id = addCollectionItem(ani, 'ecomap', 'systems', { label: 'Sekolah' })
    const note = getCollectionItem(ani, 'ecomap', 'systems', id)?.get('note') as Y.Text
    note.insert(0, 'catatan')
    expect(w.record.members.ani?.perTemplate.ecomap?.charsAdded).toBe(7)
    removeCollectionItem(ani, 'ecomap', 'systems', id)
    expect(w.record.members.ani?.charsRemoved).toBe(0)
  })

  it('attributes nothing to the server’s own structure changes or updates without a member', () => {
    const w = workspace()
    const stranger = new Y.Doc()
    Y.applyUpdate(stranger, Y.encodeStateAsUpdate(w.server))
    stranger.on('update', (update: Uint8Array) => Y.applyUpdate(w.server, update, null))
    notes(stranger).insert(0, 'tanpa pengirim')
    ensureWorkspaceStructure(w.server, [getTemplate('groupDynamics')])
    expect(w.record.members).toEqual({})
  })
})
