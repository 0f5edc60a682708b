import { useCallback } from 'react'
import { LOCAL_ORIGIN } from '../sync/origins'
import { useFormContext } from './formContext'

/**
 * Apply one of the user's own edits (a choice, a checkbox, a yes/no) as its own undo step: typing
 * just before it in a text field is not merged into it, so undo takes back exactly this change.
 */
export function useLocalEdit(): (change: () => void, opts?: { typing?: boolean }) => void {
  const { doc, undoManager } = useFormContext()
  return useCallback(
    (change, opts) => {
      // Typing in a short text box: keystrokes close together stay one undo step.
      if (opts?.typing) return doc.transact(change, LOCAL_ORIGIN)
      undoManager?.stopCapturing()
      doc.transact(change, LOCAL_ORIGIN)
      undoManager?.stopCapturing()
    },
    [doc, undoManager],
  )
}
