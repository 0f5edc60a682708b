import { defaultKeymap } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view'
import { useEffect, useRef } from 'react'
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next'
import type * as Y from 'yjs'
import { useCommentHooks } from './commentContext'
import { useFormContext } from './formContext'
import { editorTheme } from './editorTheme'
import { passageMarkField, setPassageMark } from './passageMark'
import { remoteCaretLabels } from './remoteCaretLabels'
import { sizeLimitFilter } from './sizeLimitFilter'

interface Props {
  ytext: Y.Text
  /** Awareness `field` path, also the DOM id of the editable area. */
  path: string
  label: string
  placeholder: string
}

/**
 * A long text field bound to its Y.Text with CodeMirror 6 + y-codemirror.next: teammates' carets,
 * selections and names show live, and undo only reverts one's own edits (shared undo manager).
 */
export function TextEditor({ ytext, path, label, placeholder }: Props) {
  const { awareness, undoManager, readOnly } = useFormContext()
  const comments = useCommentHooks()
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const selections = comments?.selections

  useEffect(() => {
    if (!host.current) return
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: ytext.toString(),
        extensions: [
          yCollab(ytext, awareness, { undoManager: undoManager ?? false }),
          keymap.of([...yUndoManagerKeymap, ...defaultKeymap]),
          EditorView.lineWrapping,
          sizeLimitFilter(ytext),
          passageMarkField,
          // Read when a comment is started from this field's button (the editor has lost focus by then).
          EditorView.updateListener.of((update) => {
            const { from, to } = update.state.selection.main
            if (update.selectionSet || update.docChanged) selections?.set(path, { from, to })
          }),
          editorTheme,
          remoteCaretLabels,
          placeholderExt(placeholder),
          EditorView.contentAttributes.of({ 'aria-label': label, id: path, 'data-field': path }),
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          EditorView.domEventHandlers({
            focus: () => {
              // Edits in another field start a new undo step.
              undoManager?.stopCapturing()
              awareness.setLocalStateField('field', path)
            },
            blur: () => {
              if (awareness.getLocalState()?.field === path) awareness.setLocalStateField('field', null)
            },
          }),
        ],
      }),
    })
    view.current = editor
    return () => {
      view.current = null
      selections?.delete(path)
      editor.destroy()
    }
  }, [ytext, awareness, undoManager, readOnly, path, label, placeholder, selections])

  const mark = comments?.mark
  useEffect(() => {
    const editor = view.current
    if (!editor) return
    const length = editor.state.doc.length
    const range =
      mark && mark.path === path ? { from: Math.min(mark.from, length), to: Math.min(mark.to, length) } : null
    editor.dispatch({
      effects: range
        ? [setPassageMark.of(range), EditorView.scrollIntoView(range.from, { y: 'center' })]
        : [setPassageMark.of(null)],
    })
  }, [mark, path])

  return <div ref={host} className="text-editor" />
}
