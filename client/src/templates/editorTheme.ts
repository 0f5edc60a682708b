import { EditorView } from '@codemirror/view'

/**
 * Editor look, and the one change phones need: y-codemirror.next shows a remote caret's name
 * only on hover, which never happens on a touch screen, so the label is always visible here.
 */
export const editorTheme = EditorView.theme({
  '&': { fontSize: '16px', border: '1px solid #b8c0cc', borderRadius: '6px', background: '#fff' },
  '&.cm-focused': { outline: '2px solid #1b6ac9', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'inherit' },
  '.cm-content': { minHeight: '4.5em', padding: '8px 4px', fontFamily: 'inherit' },
  '.cm-line': { lineHeight: '1.5' },
  '.cm-ySelectionInfo': {
    opacity: '1',
    fontSize: '11px',
    top: '-1.3em',
    padding: '1px 3px',
    borderRadius: '3px',
  },
  '.cm-ySelectionCaret': { position: 'relative' },
})
