import { createContext, useContext } from 'react'
import type { CommentAnchor } from '../../../cases/contracts/comments'

/** A passage to mark in a text field (a comment's anchor, resolved to where its words are now). */
export interface PassageMark {
  /** The field's path ("templateId.sectionKey.fieldKey"). */
  path: string
  from: number
  to: number
}

/** What field renderers need to offer comments; absent where comments are not shown. */
export interface CommentHooks {
  /** Threads anchored to a field (by its path), for the button's count. */
  countFor(path: string): number
  /** Open the composer on an anchor. */
  start(anchor: CommentAnchor): void
  /** Open the threads already on a field (its "💬 n" button), in the comments panel. */
  open(anchor: CommentAnchor): void
  /** The current selection of each text editor, by path, read when a comment is started. */
  selections: Map<string, { from: number; to: number }>
  /** The passage being shown, marked in its editor. */
  mark: PassageMark | null
}

/** Provided by the workspace page around the forms. */
export const CommentContext = createContext<CommentHooks | null>(null)

/** The comment hooks, or null where comments are off. */
export const useCommentHooks = (): CommentHooks | null => useContext(CommentContext)
