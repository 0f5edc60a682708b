import * as Y from 'yjs'
import { ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { addCollectionItem, removeCollectionItem } from '../../../cases/ydoc/collections'
import { removeEcomapSystem } from '../../../cases/ydoc/ecomap'
import { LOCAL_ORIGIN } from '../sync/origins'
import { clampToCanvas, freeSpot, type Point } from './geometry'
import { ECOMAP_ID, type EcomapSnapshot } from './model'

/**
 * Every change the editor makes to the document. Edits carry LOCAL_ORIGIN so the workspace's undo manager reverts
 * one's own edits only. Items are added and removed only through the collection helpers (a fresh random id per item,
 * so concurrent adds never clash); plain values are set on the item's Y.Map, so concurrent edits of different fields
 * merge and the last writer wins per field.
 */

/** Add a system at a free place on the ring; returns its id. */
export function addSystem(doc: Y.Doc, snapshot: EcomapSnapshot, label: string): string {
  const at = freeSpot(snapshot.systems)
  return addCollectionItem(
    doc,
    ECOMAP_ID,
    'systems',
    { label, category: 'other', level: null, x: at.x, y: at.y },
    LOCAL_ORIGIN,
  )
}

/** Remove a system and, in the same transaction, the ties drawn to it (the domain's helper). */
export function removeSystem(doc: Y.Doc, systemId: string): void {
  removeEcomapSystem(doc, systemId, LOCAL_ORIGIN)
}

/** Add a moderate tie with no flow from the centre (or a member) to a system; returns its id. */
export function addTie(doc: Y.Doc, from: string, to: string): string {
  return addCollectionItem(
    doc,
    ECOMAP_ID,
    'ties',
    { from: from || ECOMAP_CENTRE, to, strength: 'moderate', stressful: false, flow: 'none' },
    LOCAL_ORIGIN,
  )
}

/** Remove a tie. */
export function removeTie(doc: Y.Doc, tieId: string): void {
  removeCollectionItem(doc, ECOMAP_ID, 'ties', tieId, LOCAL_ORIGIN)
}

/** Set one plain value (string, choice, boolean, number) on an item. */
export function setValue(item: Y.Map<unknown>, key: string, value: string | number | boolean | null): void {
  const doc = item.doc
  if (!doc) return
  doc.transact(() => item.set(key, value), LOCAL_ORIGIN)
}

/** Move a system: both coordinates in one transaction, kept inside the map. Skips a write that changes nothing. */
export function moveSystem(item: Y.Map<unknown>, to: Point): void {
  const doc = item.doc
  if (!doc) return
  const p = clampToCanvas(to)
  if (item.get('x') === p.x && item.get('y') === p.y) return
  doc.transact(() => {
    item.set('x', p.x)
    item.set('y', p.y)
  }, LOCAL_ORIGIN)
}

/**
 * Apply a textarea's new value to a Y.Text as one delete and one insert around the common prefix and suffix, so
 * that a teammate's concurrent typing elsewhere in the same text survives.
 */
export function applyTextDiff(ytext: Y.Text, next: string): void {
  const { start, removed, inserted } = textDiff(ytext.toString(), next)
  if (removed === 0 && inserted === '') return
  const run = () => {
    if (removed > 0) ytext.delete(start, removed)
    if (inserted) ytext.insert(start, inserted)
  }
  if (ytext.doc) ytext.doc.transact(run, LOCAL_ORIGIN)
  else run()
}

/** The single changed span between two strings: where it starts, how much was removed and what was inserted. */
export function textDiff(prev: string, next: string): { start: number; removed: number; inserted: string } {
  let start = 0
  const max = Math.min(prev.length, next.length)
  while (start < max && prev[start] === next[start]) start++
  let end = 0
  while (end < max - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end++
  return { start, removed: prev.length - start - end, inserted: next.slice(start, next.length - end) }
}
