import { fromBase64, toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import type { CommentAnchor } from '../../../cases/contracts/comments'
import { COMMENT_LIMITS } from '../../../cases/contracts/commentLimits'

/** A passage of a text field as a comment anchors it: Yjs relative positions (base64), so it follows its words. */
export type PassageRange = NonNullable<CommentAnchor['range']>

const encode = (ytext: Y.Text, index: number) =>
  toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(ytext, index)))

/** The passage [from, to) of a field's text, with the quote shown if its words are later deleted. */
export function passageAnchor(
  ytext: Y.Text,
  from: number,
  to: number,
): { range: PassageRange; quote: string } {
  return {
    range: { start: encode(ytext, from), end: encode(ytext, to) },
    quote: ytext.toString().slice(from, to).slice(0, COMMENT_LIMITS.quote),
  }
}

/** Where a stored passage is now, as text indices; null when it cannot be resolved in this document. */
export function resolvePassage(doc: Y.Doc, range: PassageRange): { from: number; to: number } | null {
  try {
    const start = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(fromBase64(range.start)),
      doc,
    )
    const end = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(fromBase64(range.end)),
      doc,
    )
    if (!start || !end) return null
    return { from: Math.min(start.index, end.index), to: Math.max(start.index, end.index) }
  } catch {
    return null
  }
}
