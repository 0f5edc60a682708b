import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import type { CommentAnchor } from '../../../cases/contracts/comments'
import { useCommentHooks } from './commentContext'
import { passageAnchor } from './passage'

interface Props {
  templateId: string
  /** [sectionKey, fieldKey], or [sectionKey, itemId, fieldKey] in a collection item. */
  anchorPath: string[]
  /** The field's DOM and awareness path. */
  path: string
  /** An ecomap system or tie (any collection item) the comment is about. */
  itemId?: string
  /** A text field's Y.Text: a selected passage there is anchored with Yjs relative positions. */
  ytext?: Y.Text
}

/** "Comment" on a field, an ecomap item, or the passage selected in a text; shows how many threads it has. */
export function FieldCommentButton({ templateId, anchorPath, itemId, path, ytext }: Props) {
  const { t } = useTranslation()
  const hooks = useCommentHooks()
  if (!hooks) return null
  const count = hooks.countFor(path)
  const start = () => {
    const anchor: CommentAnchor = itemId
      ? { templateId, path: anchorPath, itemId }
      : { templateId, path: anchorPath }
    const selection = hooks.selections.get(path)
    if (ytext && selection && selection.to > selection.from) {
      Object.assign(anchor, passageAnchor(ytext, selection.from, selection.to))
      hooks.start(anchor)
    } else if (count > 0) hooks.open(anchor)
    else hooks.start(anchor)
  }
  return (
    <button
      type="button"
      className="link-button comment-button"
      // Keep the editor's selection: the click must not move focus before it is read.
      onMouseDown={(e) => e.preventDefault()}
      onClick={start}
      title={t('comments.commentHint')}
      data-testid={`comment-button-${path}`}
    >
      {/* The accessible name holds the visible words ("1", "Komentar"), as speech input needs. */}
      <span aria-hidden="true">💬</span>{' '}
      {count > 0 ? (
        <>
          {count}
          <span className="visually-hidden"> {t('comments.openThreads', { count })}</span>
        </>
      ) : (
        t('comments.comment')
      )}
    </button>
  )
}
