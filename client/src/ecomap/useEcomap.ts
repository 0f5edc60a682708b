import { useCallback, useRef, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { ECOMAP_ID, readSnapshot, type EcomapSnapshot } from './model'

/**
 * The ecomap's content, re-read after every change under `doc.getMap('ecomap')` that can alter it. Typing in a text
 * (a note, a level's source…) changes only Y.Texts, which the snapshot does not hold: the drawing is not redrawn for
 * every keystroke.
 */
export function useEcomap(doc: Y.Doc): EcomapSnapshot {
  const cache = useRef<{ doc: Y.Doc; snapshot: EcomapSnapshot } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const root = doc.getMap<unknown>(ECOMAP_ID)
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.every((event) => event.target instanceof Y.Text)) return
        cache.current = null
        onChange()
      }
      root.observeDeep(observer)
      return () => root.unobserveDeep(observer)
    },
    [doc],
  )
  const get = useCallback(() => {
    if (!cache.current || cache.current.doc !== doc) cache.current = { doc, snapshot: readSnapshot(doc) }
    return cache.current.snapshot
  }, [doc])
  return useSyncExternalStore(subscribe, get)
}
