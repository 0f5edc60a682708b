import { EditorState } from '@codemirror/state'
import { Awareness } from 'y-protocols/awareness'
import { ySyncAnnotation, YSyncConfig } from 'y-codemirror.next'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DocumentSizeGuard,
  documentAllows,
  guardDocumentSize,
  NEW_ITEM_BYTES,
} from '../../../client/src/sync/documentSize'
import { sizeLimitFilter } from '../../../client/src/templates/sizeLimitFilter'

const size = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength

/** A workspace-like document with some text, and a CodeMirror state over its text with the size filter. */
function setup(text = 'Catatan awal tim. ') {
  const doc = new Y.Doc()
  const ytext = doc.getText('notes')
  ytext.insert(0, text)
  const state = EditorState.create({ doc: ytext.toString(), extensions: [sizeLimitFilter(ytext)] })
  return { doc, ytext, state }
}

describe('the editor’s size limit filter', () => {
  const stops: (() => void)[] = []
  afterEach(() => {
    for (const stop of stops.splice(0)) stop()
  })
  const guard = (doc: Y.Doc, softLimitBytes: number) => {
    const made = guardDocumentSize(doc, softLimitBytes)
    stops.push(made.stop)
    return made.guard
  }

  it('lets typing and pasting through while the document stays under the soft limit', () => {
    const { doc, state } = setup()
    guard(doc, size(doc) + 2_000)
    const typed = state.update({ changes: { from: state.doc.length, insert: 'x' } }).state
    expect(typed.doc.toString()).toBe('Catatan awal tim. x')
    const pasted = typed.update({ changes: { from: 0, insert: 'p'.repeat(1_500) }, userEvent: 'input.paste' })
    expect(pasted.state.doc.length).toBe(typed.doc.length + 1_500)
  })

  it('refuses a paste that would take the document past the soft limit, and says so once', () => {
    const { doc, state } = setup()
    const refusals: number[] = []
    guard(doc, size(doc) + 2_000).onRefused(() => refusals.push(1))
    const tr = state.update({ changes: { from: 0, insert: 'p'.repeat(2_500) }, userEvent: 'input.paste' })
    expect(tr.state.doc.toString()).toBe(state.doc.toString())
    expect(tr.docChanged).toBe(false)
    expect(refusals).toEqual([1])
  })

  it('counts UTF-8 bytes, as Yjs stores them: 1 000 two-byte letters do not fit in 1 500 bytes', () => {
    const { doc, state } = setup()
    guard(doc, size(doc) + 1_500)
    expect(state.update({ changes: { from: 0, insert: 'é'.repeat(1_000) } }).state.doc.length).toBe(
      state.doc.length,
    )
    expect(state.update({ changes: { from: 0, insert: 'e'.repeat(1_000) } }).state.doc.length).toBe(
      state.doc.length + 1_000,
    )
  })

  it('always lets deletions through, and teammates’ changes arriving from the document', () => {
    const { doc, ytext, state } = setup('a'.repeat(5_000))
    // Over the limit already (a lower limit set by the server, or teammates' work).
    guard(doc, 1_000)
    const deleted = state.update({ changes: { from: 0, to: 4_000 } })
    expect(deleted.state.doc.length).toBe(1_000)
    const replaced = state.update({ changes: { from: 0, to: 10, insert: 'b' } })
    expect(replaced.docChanged).toBe(false)
    const remote = state.update({
      changes: { from: 0, insert: 'dari teman ' },
      annotations: ySyncAnnotation.of(new YSyncConfig(ytext, new Awareness(doc))),
    })
    expect(remote.state.doc.toString().startsWith('dari teman ')).toBe(true)
  })

  it('refuses nothing while no limit is known', () => {
    const { state } = setup()
    expect(state.update({ changes: { from: 0, insert: 'p'.repeat(100_000) } }).state.doc.length).toBe(
      state.doc.length + 100_000,
    )
  })

  it('refuses adding an item past the limit', () => {
    const { doc } = setup()
    guard(doc, size(doc) + NEW_ITEM_BYTES + 100)
    expect(documentAllows(doc, NEW_ITEM_BYTES)).toBe(true)
    doc.getText('notes').insert(0, 'x'.repeat(200))
    expect(documentAllows(doc, NEW_ITEM_BYTES)).toBe(false)
  })
})

describe('the document size estimate', () => {
  it('adds every update to the last measurement, and measures again near the limit at most once a second', () => {
    const doc = new Y.Doc()
    const text = doc.getText('notes')
    text.insert(0, 'a'.repeat(3_000))
    let now = 0
    const guard = new DocumentSizeGuard(doc, size(doc) + 1_000, () => now)
    const start = guard.size()
    expect(start).toBe(size(doc))
    // A teammate's update counts too, from above.
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    other.getText('notes').insert(0, 'b'.repeat(600))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)))
    expect(guard.size()).toBeGreaterThanOrEqual(size(doc))
    // Deleting frees room, but the estimate only learns it when it measures again (due once a second).
    text.delete(0, 3_000)
    expect(guard.size()).toBeGreaterThan(start)
    now = 500
    expect(guard.allows(600)).toBe(false)
    now = 1_000
    expect(guard.allows(600)).toBe(true)
    expect(guard.size()).toBe(size(doc))
    guard.destroy()
  })
})
