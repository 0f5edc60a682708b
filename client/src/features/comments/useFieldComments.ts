import { useCallback, useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { CommentAnchor, CommentThread } from '../../../../cases/contracts/comments'
import type { CommentHooks, PassageMark } from '../../templates/commentContext'
import { resolvePassage } from '../../templates/passage'
import { anchorFieldPath } from './anchorText'

/**
 * Ties the threads to the form: counts per field for the fields' buttons, the draft anchor a button opened (or the
 * field whose threads it opened), and "show" (switch to the anchor's template, scroll to its field, mark the passage where its words are now).
 */
export function useFieldComments(threads: CommentThread[], doc: Y.Doc, selectTemplate: (id: string) => void) {
  const [draft, setDraftState] = useState<CommentAnchor | null>(null)
  const [focus, setFocusState] = useState<CommentAnchor | null>(null)
  // The composer and a field's opened threads take turns: opening one closes the other.
  const setDraft = useCallback((anchor: CommentAnchor | null) => {
    setFocusState(null)
    setDraftState(anchor)
  }, [])
  const setFocus = useCallback((anchor: CommentAnchor | null) => {
    setDraftState(null)
    setFocusState(anchor)
  }, [])
  const [mark, setMark] = useState<PassageMark | null>(null)
  const [scrollTo, setScrollTo] = useState<{ path: string } | null>(null)
  const [selections] = useState(() => new Map<string, { from: number; to: number }>())

  const counts = useMemo(() => {
    const byPath = new Map<string, number>()
    for (const thread of threads) {
      const path = anchorFieldPath(thread.anchor)
      byPath.set(path, (byPath.get(path) ?? 0) + 1)
    }
    return byPath
  }, [threads])

  const hooks: CommentHooks = useMemo(
    () => ({
      countFor: (path) => counts.get(path) ?? 0,
      start: setDraft,
      open: setFocus,
      selections,
      mark,
    }),
    [counts, selections, mark, setDraft, setFocus],
  )

  // After the template switch has rendered, bring the field into view.
  useEffect(() => {
    if (!scrollTo) return
    const box = document.querySelector(`[data-field-path="${CSS.escape(scrollTo.path)}"]`)
    box?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [scrollTo])

  const show = (thread: CommentThread) => {
    const path = anchorFieldPath(thread.anchor)
    selectTemplate(thread.anchor.templateId)
    setScrollTo({ path })
    const range = thread.anchor.range ? resolvePassage(doc, thread.anchor.range) : null
    setMark(range ? { path, ...range } : null)
  }

  return {
    hooks,
    draft,
    setDraft,
    clearDraft: () => setDraft(null),
    focus,
    clearFocus: () => setFocus(null),
    show,
  }
}
