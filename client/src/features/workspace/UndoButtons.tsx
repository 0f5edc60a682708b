import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { useUndoState } from '../../sync/useUndoState'

/** Undo / redo of one's own edits, as buttons (phones have no keyboard shortcuts; there, arrows only). */
export function UndoButtons({ undoManager }: { undoManager: Y.UndoManager }) {
  const { t } = useTranslation()
  const { canUndo, canRedo } = useUndoState(undoManager)
  // Keep focus in the editor: a button that takes focus would end the teammates' caret view.
  const keepFocus = (e: React.MouseEvent) => e.preventDefault()
  return (
    <div className="undo-buttons">
      <button
        type="button"
        title={t('workspace.undo')}
        onMouseDown={keepFocus}
        disabled={!canUndo}
        onClick={() => undoManager.undo()}
      >
        <span aria-hidden="true">↶</span> <span className="undo-word">{t('workspace.undo')}</span>
      </button>
      <button
        type="button"
        title={t('workspace.redo')}
        onMouseDown={keepFocus}
        disabled={!canRedo}
        onClick={() => undoManager.redo()}
      >
        <span aria-hidden="true">↷</span> <span className="undo-word">{t('workspace.redo')}</span>
      </button>
    </div>
  )
}
