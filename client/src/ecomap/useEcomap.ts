import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { ECOMAP_ID, readSnapshot, type EcomapSnapshot } from './model'

/** The ecomap's content, re-read after every change anywhere under `doc.getMap('ecomap')`. */
export function useEcomap(doc: Y.Doc): EcomapSnapshot {
  const cache = useRef<{ doc: Y.Doc; snapshot: EcomapSnapshot } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const root = doc.getMap<unknown>(ECOMAP_ID)
      const observer = () => {
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
