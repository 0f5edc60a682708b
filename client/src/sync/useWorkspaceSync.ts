import { useEffect, useRef, useState } from 'react'
import { IndexeddbPersistence } from 'y-indexeddb'
import type { Awareness } from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { connectProvider, type LockChange } from './connectProvider'
import { localCopyName, rememberLocalCopy } from './localCopies'
import { LOCAL_ORIGIN } from './origins'
import { SaveTracker } from './saveTracker'
import { userColor } from './userColor'

/** Everything a workspace page needs to show and edit the shared document. */
export interface WorkspaceSync {
  doc: Y.Doc
  provider: WebsocketProvider
  awareness: Awareness
  tracker: SaveTracker
  /** Undo/redo of one's own edits; null for lecturers. */
  undoManager: Y.UndoManager | null
}

/** How long the live connection waits for the local copy to load. */
const LOCAL_COPY_WAIT_MS = 3000

/** Open the IndexedDB copy of a document, or null where IndexedDB is unavailable. */
function openLocalCopy(name: string, doc: Y.Doc): IndexeddbPersistence | null {
  try {
    const local = new IndexeddbPersistence(name, doc)
    rememberLocalCopy(name)
    return local
  } catch {
    return null
  }
}

interface Options {
  workspaceId: string
  userId: string
  userName: string
  templateIds: readonly string[]
  /**
   * A team member: keeps a local copy and an undo manager, also while the work is submitted (edits held on
   * this device then stay there, not part of the submission, until the work is returned).
   */
  member: boolean
  /** The server closed the connection because the work was submitted or returned. */
  onLockChange?: (code: LockChange) => void
}

/**
 * Own one workspace's Y.Doc for as long as the page shows it: the local copy in IndexedDB
 * (per user and workspace, team members only) is loaded first, then the live connection opens.
 */
export function useWorkspaceSync({
  workspaceId,
  userId,
  userName,
  templateIds,
  member,
  onLockChange,
}: Options): WorkspaceSync | null {
  const [sync, setSync] = useState<WorkspaceSync | null>(null)
  const templatesKey = templateIds.join(',')
  const lockChange = useRef(onLockChange)
  useEffect(() => {
    lockChange.current = onLockChange
  })

  useEffect(() => {
    const doc = new Y.Doc()
    const tracker = new SaveTracker(doc)
    let stopProvider: (() => void) | null = null
    let cancelled = false

    const local = member ? openLocalCopy(localCopyName(userId, workspaceId), doc) : null
    const undoManager = !member
      ? null
      : new Y.UndoManager(
          templatesKey.split(',').map((id) => doc.getMap(id)),
          { trackedOrigins: new Set([LOCAL_ORIGIN]) },
        )

    let started = false
    const start = () => {
      if (cancelled || started) return
      started = true
      const { provider, stop } = connectProvider(workspaceId, doc, tracker, (code) =>
        lockChange.current?.(code),
      )
      stopProvider = stop
      // The server replaces the name with the one it knows; the colour is ours to pick.
      provider.awareness.setLocalStateField('user', { name: userName, ...userColor(userId) })
      setSync({ doc, provider, awareness: provider.awareness, tracker, undoManager })
    }
    // A browser whose IndexedDB never answers (disabled, private mode) still gets the live document.
    const fallback = setTimeout(start, LOCAL_COPY_WAIT_MS)
    if (local) local.whenSynced.then(start, start)
    else start()

    return () => {
      cancelled = true
      clearTimeout(fallback)
      setSync(null)
      stopProvider?.()
      undoManager?.destroy()
      void local?.destroy()
      tracker.destroy()
      doc.destroy()
    }
  }, [workspaceId, userId, userName, templatesKey, member])

  return sync
}
