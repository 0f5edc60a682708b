import { useEffect, useSyncExternalStore } from 'react'
import { appShellAvailable } from './appShell'
import type { SaveTracker } from './saveTracker'

/**
 * Over plain http on a LAN there is no service worker, so a reload while offline ends on the browser's error page:
 * while edits are only on this device, leaving or reloading asks first. (They are safe in the device's copy either
 * way; the question keeps the student on the page that shows them.)
 */
export function useLeaveGuard(tracker: SaveTracker, member: boolean): void {
  const state = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot)
  const onlyHere = member && state.connection !== 'online' && !state.saved
  useEffect(() => {
    if (!onlyHere || appShellAvailable()) return
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [onlyHere])
}
