import * as Y from 'yjs'
import { findTemplate } from '../../cases/templates'

/** The ecomap template's root map: its non-text changes count as ecomap edits. */
const ECOMAP_ROOT = 'ecomap'

/** What one transaction changed within one template. */
export interface TemplateTally {
  charsAdded: number
  charsRemoved: number
  /** Of `charsRemoved`, those another member (or the server) wrote: condensing or editing others' text. */
  othersCharsRemoved: number
  ecomapEdits: number
  fieldEdits: number
}

/** Template id → what one transaction changed there. Templates left untouched are absent. */
export type TransactionTally = Map<string, TemplateTally>

type AnyType = Y.AbstractType<unknown>

/** Where an item sits: its template (root map name) and the keys leading to it. */
interface Place {
  root: string
  path: string[]
}

function parentType(item: Y.Item): AnyType | null {
  return item.parent instanceof Y.AbstractType ? (item.parent as AnyType) : null
}

/**
 * Walk up from a type to its root (a handful of levels in our layout), collecting the map keys on the way. Root
 * names are looked up once per transaction (`roots`): finding one scans every root type of the document.
 */
function placeOf(type: AnyType, key: string | null, roots: Map<AnyType, string>): Place {
  const path = key === null ? [] : [key]
  let current = type
  while (current._item) {
    path.unshift(current._item.parentSub ?? '[]')
    const up = parentType(current._item)
    if (!up) break
    current = up
  }
  let root = roots.get(current)
  if (root === undefined) roots.set(current, (root = Y.findRootTypeKey(current)))
  return { root, path }
}

/** Visit the items overlapping clocks [start, end) of one client, with how many of their clocks overlap. */
function forEachItem(
  tr: Y.Transaction,
  client: number,
  start: number,
  end: number,
  fn: (item: Y.Item, n: number) => void,
) {
  const structs = tr.doc.store.clients.get(client)
  if (!structs || structs.length === 0) return
  for (let i = Y.findIndexSS(structs, start); i < structs.length; i++) {
    const struct = structs[i]
    if (!struct || struct.id.clock >= end) break
    const n = Math.min(end, struct.id.clock + struct.length) - Math.max(start, struct.id.clock)
    if (struct instanceof Y.Item && n > 0) fn(struct, n)
  }
}

/**
 * Count what one applied transaction did, per template: characters added to and removed from Y.Texts, and
 * (and, of those removed, how many the sender did not write: `wroteItOwn` tells the sender's own client ids), and
 * distinct non-text changes (a map entry set or deleted, an array item inserted or removed), which count as
 * ecomap edits under the ecomap and field edits elsewhere. Ecomap changes count once per thing touched
 * (`systems/<id>`, `ties/<id>`…), so moving a system (x and y) is one edit. Entries inside a container created
 * or removed by the same transaction belong to that one change. Run in `afterTransaction`, before Yjs
 * garbage-collects deleted content, so deleted text is still there to measure. Costs in proportion to the
 * transaction (only its new structs and its delete set are visited), never the whole document.
 */
export function tallyTransaction(
  tr: Y.Transaction,
  wroteItOwn: (clientId: number) => boolean = () => false,
): TransactionTally {
  const tally: TransactionTally = new Map()
  const edits = new Set<string>()
  const roots = new Map<AnyType, string>()
  const at = (root: string): TemplateTally | null => {
    if (!findTemplate(root)) return null
    let entry = tally.get(root)
    if (!entry) {
      entry = { charsAdded: 0, charsRemoved: 0, othersCharsRemoved: 0, ecomapEdits: 0, fieldEdits: 0 }
      tally.set(root, entry)
    }
    return entry
  }
  const isNew = (item: Y.Item) => item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0)
  const noteEdit = (type: AnyType, key: string | null) => {
    const { root, path } = placeOf(type, key, roots)
    const entity = root === ECOMAP_ROOT ? path.slice(0, 2) : path
    const id = `${root}\u0000${entity.join('\u0000')}`
    if (edits.has(id) || !at(root)) return
    edits.add(id)
    const entry = at(root)
    if (entry && root === ECOMAP_ROOT) entry.ecomapEdits++
    else if (entry) entry.fieldEdits++
  }
  const count = (item: Y.Item, n: number, added: boolean) => {
    const parent = parentType(item)
    if (!parent || item.content instanceof Y.ContentFormat) return
    const container = parent._item
    if (item.content instanceof Y.ContentString) {
      // Text that goes with its whole container (an item removed) is that item's removal, not typing.
      if (!added && container?.deleted) return
      const entry = at(placeOf(parent, null, roots).root)
      if (entry && added) entry.charsAdded += n
      else if (entry) {
        entry.charsRemoved += n
        if (!wroteItOwn(item.id.client)) entry.othersCharsRemoved += n
      }
      return
    }
    if (container && (added ? isNew(container) : container.deleted)) return
    noteEdit(parent, item.parentSub ?? '[]')
  }

  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0
    if (after > before) forEachItem(tr, client, before, after, (item, n) => count(item, n, true))
  }
  for (const [client, deletes] of tr.deleteSet.clients) {
    for (const { clock, len } of deletes)
      forEachItem(tr, client, clock, clock + len, (item, n) => count(item, n, false))
  }
  return tally
}
