import { defaultKeymap } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view'
import { useEffect, useRef } from 'react'
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next'
import type * as Y from 'yjs'
import { useFormContext } from './formContext'
import { editorTheme } from './editorTheme'

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
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!host.current) return
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: ytext.toString(),
        extensions: [
          yCollab(ytext, awareness, { undoManager: undoManager ?? false }),
          keymap.of([...yUndoManagerKeymap, ...defaultKeymap]),
          EditorView.lineWrapping,
          editorTheme,
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
    return () => view.destroy()
  }, [ytext, awareness, undoManager, readOnly, path, label, placeholder])

  return <div ref={host} className="text-editor" />
}
