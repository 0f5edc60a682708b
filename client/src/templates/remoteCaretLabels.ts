import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view'
import { ySyncAnnotation } from 'y-codemirror.next'

/** The class on the editor while teammates' names are shown after their edit. */
export const REMOTE_EDIT_CLASS = 'cm-remote-edited'
/** How long teammates' caret names stay after their edit, in ms. */
export const REMOTE_LABEL_MS = 2000

/**
 * Teammates' caret names show briefly after one of their edits reaches this editor (and on hover or tap, see
 * editorTheme), rather than always: on a phone a permanent label covers the line above.
 */
export const remoteCaretLabels = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setTimeout> | undefined
    constructor(private readonly view: EditorView) {}
    update(update: ViewUpdate) {
      const remote = update.transactions.some((tr) => tr.docChanged && tr.annotation(ySyncAnnotation))
      if (!remote) return
      this.view.dom.classList.add(REMOTE_EDIT_CLASS)
      clearTimeout(this.timer)
      this.timer = setTimeout(() => this.view.dom.classList.remove(REMOTE_EDIT_CLASS), REMOTE_LABEL_MS)
    }
    destroy() {
      clearTimeout(this.timer)
    }
  },
)
