import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** The value at `key` of an item's Y.Map, re-rendering when that key changes (locally or from a teammate). */
export function useItemValue(item: Y.Map<unknown>, key: string): unknown {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(key)) onChange()
      }
      item.observe(observer)
      return () => item.unobserve(observer)
    },
    [item, key],
  )
  return useSyncExternalStore(subscribe, () => item.get(key))
}
