import { useEffect, useState } from 'react'
import { useServerEvents } from '../../realtime/useServerEvents'
import { trailingThrottle } from './trailingThrottle'

/** How often the projector fetches the answers again while progress is pushed. */
export const PROJECTOR_REFRESH_MS = 2000

/**
 * A number that changes when the exercise's answers may have changed: on its `exercise:progress` pushes (which the
 * lecturer's socket gets on every edit) and on a socket (re)connection, at most once per `PROJECTOR_REFRESH_MS`
 * (trailing, so the last edit is always fetched). No polling. `refresh` changes it at once (the button).
 */
export function useLiveStamp(exerciseId: string): { stamp: number; refresh(): void } {
  const [stamp, setStamp] = useState(0)
  const [throttle] = useState(() => trailingThrottle(PROJECTOR_REFRESH_MS, () => setStamp((s) => s + 1)))
  useEffect(() => () => throttle.stop(), [throttle])
  useServerEvents({
    connected: () => throttle.poke(),
    'exercise:progress': (p) => {
      if (p.exerciseId === exerciseId) throttle.poke()
    },
  })
  return { stamp, refresh: () => setStamp((s) => s + 1) }
}
