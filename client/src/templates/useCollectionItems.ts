import { useCallback, useRef, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { ORDER_KEY } from '../../../cases/ydoc/collections'

/** One item of a collection section: its generated id and its Y.Map. */
export interface CollectionItem {
  id: string
  map: Y.Map<unknown>
}

function orderOf(item: Y.Map<unknown>): number {
  const order = item.get(ORDER_KEY)
  return typeof order === 'number' && Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER
}

/** The items in export order: by their hidden `order`, then by id (as `readCollection` in cases/ydoc/read.ts). */
export function readItems(map: Y.Map<unknown>): CollectionItem[] {
  const items: CollectionItem[] = []
  for (const [id, value] of map.entries())
    if (value instanceof Y.Map) items.push({ id, map: value as Y.Map<unknown> })
  return items.sort((a, b) => orderOf(a.map) - orderOf(b.map) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * A collection section's items, re-rendering when one is added or removed (edits inside an item re-render only that
 * item's fields). The list is rebuilt only when the section map itself changes, so React sees a stable snapshot.
 */
export function useCollectionItems(map: Y.Map<unknown>): CollectionItem[] {
  const cache = useRef<{ map: Y.Map<unknown>; items: CollectionItem[] } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = () => {
        cache.current = null
        onChange()
      }
      map.observe(observer)
      return () => map.unobserve(observer)
    },
    [map],
  )
  const snapshot = () => {
    if (cache.current?.map !== map) cache.current = { map, items: readItems(map) }
    return cache.current.items
  }
  return useSyncExternalStore(subscribe, snapshot)
}
