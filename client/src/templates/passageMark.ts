import { StateEffect, StateField } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

/** Mark a passage (a comment's current range) in the editor, or clear the mark with null. */
export const setPassageMark = StateEffect.define<{ from: number; to: number } | null>()

const mark = Decoration.mark({
  class: 'cm-comment-passage',
  attributes: { 'data-testid': 'comment-passage' },
})

/** The marked passage; it follows edits made while it is shown. */
export const passageMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes)
    for (const effect of tr.effects) {
      if (!effect.is(setPassageMark)) continue
      const range = effect.value
      next =
        range && range.to > range.from ? Decoration.set([mark.range(range.from, range.to)]) : Decoration.none
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})
