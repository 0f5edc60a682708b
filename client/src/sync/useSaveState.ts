import { useSyncExternalStore } from 'react'
import type { SaveState, SaveTracker } from './saveTracker'

/** The connection and durable-save state of a workspace, re-rendering when it changes. */
export function useSaveState(tracker: SaveTracker): SaveState {
  return useSyncExternalStore(tracker.subscribe, tracker.getSnapshot)
}
