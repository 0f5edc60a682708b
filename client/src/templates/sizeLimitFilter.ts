import { EditorState, type Extension } from '@codemirror/state'
import { ySyncAnnotation } from 'y-codemirror.next'
import type * as Y from 'yjs'
import { documentAllows, utf8Bytes } from '../sync/documentSize'

/**
 * Refuses typing and pasting that would take the workspace document past its soft size limit (see
 * sync/documentSize.ts); deletions always go through, and so do teammates' changes arriving from the document.
 */
export function sizeLimitFilter(ytext: Y.Text): Extension {
  return EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged || tr.annotation(ySyncAnnotation) !== undefined) return tr
    let inserted = 0
    tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, text) => {
      if (text.length > 0) inserted += utf8Bytes(text.sliceString(0))
    })
    if (inserted === 0 || documentAllows(ytext.doc, inserted)) return tr
    return []
  })
}
