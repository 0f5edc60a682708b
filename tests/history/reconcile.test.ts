import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates'
import { addCollectionItem, getCollectionItem } from '../../cases/ydoc/collections'
import { readTemplate } from '../../cases/ydoc/read'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { restoreSnapshot, setTextMinimally } from '../../server/history/reconcile'

const fiveC = getTemplate('fiveC')
const ecomap = getTemplate('ecomap')

/** A server document with the structure, and a copy of it (as a snapshot or a client would hold). */
function workspace(): Y.Doc {
  const doc = new Y.Doc()
  ensureWorkspaceStructure(doc, [fiveC, ecomap])
  return doc
}
function copy(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc()
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
  return other
}
const context = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('fiveC').get('context')!
const notes = (doc: Y.Doc) => context(doc).get('notes') as Y.Text

describe('restoring a snapshot into a live document', () => {
  it('sets every field of the templates back to the snapshot’s values in one transaction', () => {
    const live = workspace()
    const section = context(live)
    notes(live).insert(0, 'Catatan lama')
    ;(section.get('contextTypes') as Y.Map<boolean>).set('organisational', true)
    const snapshot = copy(live)
    notes(live).insert(0, 'Baru: ')
    ;(section.get('contextTypes') as Y.Map<boolean>).delete('organisational')
    ;(section.get('contextTypes') as Y.Map<boolean>).set('community', true)
    const centre = live.getMap<Y.Map<unknown>>('ecomap').get('centre')!
    centre.set('name', 'Keluarga B')

    const transactions: unknown[] = []
    live.on('afterTransaction', (tr: Y.Transaction) => transactions.push(tr.origin))
    const origin = { userId: 's1' }
    restoreSnapshot(live, snapshot, [fiveC, ecomap], origin)
    expect(transactions).toEqual([origin])
    expect(readTemplate(live, fiveC).context).toMatchObject({
      notes: 'Catatan lama',
      contextTypes: ['organisational'],
    })
    expect(readTemplate(live, fiveC)).toEqual(readTemplate(snapshot, fiveC))
    expect(readTemplate(live, ecomap)).toEqual(readTemplate(snapshot, ecomap))
  })

  it('changes only the differing words, so a teammate typing elsewhere in the same text keeps their words', () => {
    const live = workspace()
    notes(live).insert(0, 'Satu dua tiga empat')
    const snapshot = copy(live)
    notes(live).delete(0, 'Satu'.length)
    notes(live).insert(0, 'Nol')
    const teammate = copy(live)
    // At the same moment: the teammate types at the end while the server restores the start.
    notes(teammate).insert(notes(teammate).length, ' lima')
    restoreSnapshot(live, snapshot, [fiveC], 'restore')
    Y.applyUpdate(live, Y.encodeStateAsUpdate(teammate))
    Y.applyUpdate(teammate, Y.encodeStateAsUpdate(live))
    expect(notes(live).toString()).toBe('Satu dua tiga empat lima')
    expect(notes(teammate).toString()).toBe('Satu dua tiga empat lima')
  })

  it('edits a text in place to any target', () => {
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, 'a b c d')
    for (const target of ['', 'a c', 'x a b c d y', 'd c b a', 'a b c d']) {
      setTextMinimally(text, target)
      expect(text.toString()).toBe(target)
    }
  })

  it('re-adds removed collection items under their ids, removes new ones and reconciles fields of both', () => {
    const live = workspace()
    const kept = addCollectionItem(live, 'ecomap', 'systems', { label: 'Sekolah', note: 'Guru BK' })
    const gone = addCollectionItem(live, 'ecomap', 'systems', { label: 'Puskesmas', note: 'Dekat', x: 10 })
    const snapshot = copy(live)
    live.getMap<Y.Map<unknown>>('ecomap').get('systems')!.delete(gone)
    const added = addCollectionItem(live, 'ecomap', 'systems', { label: 'Masjid' })
    const item = getCollectionItem(live, 'ecomap', 'systems', kept)!
    item.set('label', 'SMP')
    ;(item.get('note') as Y.Text).insert(0, 'Wali kelas, ')
    const keptNote = item.get('note')

    restoreSnapshot(live, snapshot, [ecomap], 'restore')
    expect(getCollectionItem(live, 'ecomap', 'systems', added)).toBeUndefined()
    const back = getCollectionItem(live, 'ecomap', 'systems', gone)!
    expect(back.get('label')).toBe('Puskesmas')
    expect(back.get('x')).toBe(10)
    expect((back.get('note') as Y.Text).toString()).toBe('Dekat')
    const restored = getCollectionItem(live, 'ecomap', 'systems', kept)!
    expect(restored.get('label')).toBe('Sekolah')
    // The item's Y.Text is the same one, edited, not replaced.
    expect(restored.get('note')).toBe(keptNote)
    expect((restored.get('note') as Y.Text).toString()).toBe('Guru BK')
    expect(readTemplate(live, ecomap)).toEqual(readTemplate(snapshot, ecomap))
  })

  it('changes nothing when the live document already holds the snapshot’s content', () => {
    const live = workspace()
    notes(live).insert(0, 'Sama')
    const snapshot = copy(live)
    let updates = 0
    live.on('update', () => updates++)
    restoreSnapshot(live, snapshot, [fiveC, ecomap], 'restore')
    expect(updates).toBe(0)
  })
})
