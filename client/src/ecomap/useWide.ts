import { useSyncExternalStore } from 'react'

const QUERY = '(min-width: 1400px)'

/** Whether the screen is wide enough to show the drawing and the lists side by side. */
export function useWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(QUERY)
      media.addEventListener('change', onChange)
      return () => media.removeEventListener('change', onChange)
    },
    () => window.matchMedia(QUERY).matches,
  )
}
