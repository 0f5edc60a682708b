import { EditorView } from '@codemirror/view'

/**
 * Editor look. A remote caret's name shows on hover or tap (a tap is a hover on a touch screen), and for a moment
 * after that teammate's edit (remoteCaretLabels), in the app's font; it never takes taps from the line above.
 */
export const editorTheme = EditorView.theme({
  '&': { fontSize: '16px', border: '1px solid #b8c0cc', borderRadius: '6px', background: '#fff' },
  '&.cm-focused': { outline: '2px solid #1b6ac9', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'inherit' },
  '.cm-content': { minHeight: '4.5em', padding: '8px 4px', fontFamily: 'inherit' },
  '.cm-line': { lineHeight: '1.5' },
  // Readable on white (about 5.3:1), not the browser's pale grey.
  '.cm-placeholder': { color: '#5f6b7a' },
  '.cm-ySelectionInfo': {
    fontFamily: 'inherit',
    fontSize: '12px',
    top: '-1.5em',
    padding: '1px 4px',
    borderRadius: '3px',
    pointerEvents: 'none',
  },
  '.cm-ySelectionCaret:active > .cm-ySelectionInfo, &.cm-remote-edited .cm-ySelectionInfo': {
    opacity: '1',
  },
  '.cm-ySelectionCaret': { position: 'relative' },
})
