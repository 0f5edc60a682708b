import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** Whether there is something of one's own to undo or redo. */
export function useUndoState(undoManager: Y.UndoManager | null): { canUndo: boolean; canRedo: boolean } {
  const [state, setState] = useState({ canUndo: false, canRedo: false })
  useEffect(() => {
    if (!undoManager) return
    const update = () => setState({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() })
    undoManager.on('stack-item-added', update)
    undoManager.on('stack-item-popped', update)
    undoManager.on('stack-cleared', update)
    return () => {
      undoManager.off('stack-item-added', update)
      undoManager.off('stack-item-popped', update)
      undoManager.off('stack-cleared', update)
    }
  }, [undoManager])
  return state
}
