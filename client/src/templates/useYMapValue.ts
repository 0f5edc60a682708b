import { useCallback, useSyncExternalStore } from 'react'
import * as Y from 'yjs'

/** The value at `key` of a Y.Map (undefined until the map exists), re-rendering on change. */
export function useYMapValue(map: Y.Map<unknown> | undefined, key: string): unknown {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!map) return () => {}
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(key)) onChange()
      }
      map.observe(observer)
      return () => map.unobserve(observer)
    },
    [map, key],
  )
  return useSyncExternalStore(subscribe, () => map?.get(key))
}

/** The nested Y.Map at `key`, or undefined while the server's structure has not arrived. */
export function useYMapChild(map: Y.Map<unknown> | undefined, key: string): Y.Map<unknown> | undefined {
  const value = useYMapValue(map, key)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined
}
