import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commentAnchor } from '../../../../cases/contracts/comments'
import { anchorFieldPath, anchorText } from '../../../../client/src/features/comments/anchorText'
import { passageAnchor, resolvePassage } from '../../../../client/src/templates/passage'

const bi = (text: { id: string; en: string } | undefined) => text?.en ?? ''

describe('a passage anchor made by the client', () => {
  it('is valid for the server and stays on the same words when text is typed before it, on another replica too', () => {
    const doc = new Y.Doc()
    const text = doc.getText('notes')
    text.insert(0, 'Komunikasi tim baik.')
    const { range, quote } = passageAnchor(text, 15, 20)
    expect(quote).toBe('baik.')
    expect(
      commentAnchor.safeParse({ templateId: 'fiveC', path: ['competence', 'notes'], range, quote }).success,
    ).toBe(true)

    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    other.getText('notes').insert(0, 'Awal. ')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    for (const replica of [doc, other]) {
      const at = resolvePassage(replica, range)
      expect(at && replica.getText('notes').toString().slice(at.from, at.to)).toBe('baik.')
    }
  })

  it('resolves to an empty range once its words are deleted, and to null in an unrelated document', () => {
    const doc = new Y.Doc()
    const text = doc.getText('notes')
    text.insert(0, 'Satu dua tiga.')
    const { range } = passageAnchor(text, 5, 8)
    text.delete(5, 4)
    const at = resolvePassage(doc, range)
    expect(at && at.to - at.from).toBe(0)
    expect(resolvePassage(new Y.Doc(), range)).toBeNull()
  })
})

describe('where a thread is anchored', () => {
  it('names the template, section and field in the UI language, and the field path the form renders', () => {
    const anchor = { templateId: 'fiveC', path: ['competence', 'notes'] }
    expect(anchorText(anchor, bi)).toMatch(/ › .+ › /)
    expect(anchorFieldPath(anchor)).toBe('fiveC.competence.notes')
    expect(anchorFieldPath({ templateId: 'breton', path: ['actions', 'item-1', 'what'] })).toBe(
      'breton.actions.item-1.what',
    )
    expect(anchorText({ templateId: 'nope', path: ['x'] }, bi)).toBe('nope')
  })
})
