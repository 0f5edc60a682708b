import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { fiveC } from '../../cases/templates/fiveC'
import { emptySections, sectionCompletion, templateCompletion } from '../../cases/ydoc/read'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'

const section = (doc: Y.Doc, key: string) => doc.getMap<Y.Map<unknown>>('fiveC').get(key)!

describe('the empty sections of a template (the submit dialog)', () => {
  it('names every section at first, drops one as soon as one of its fields is filled, and sums as the template', () => {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, fiveC)
    expect(emptySections(doc, fiveC).map((s) => s.key)).toEqual(fiveC.sections.map((s) => s.key))

    ;(section(doc, 'competence').get('notes') as Y.Text).insert(0, 'Kompetensi tim cukup.')
    // Whitespace is not content: the section stays empty.
    ;(section(doc, 'change').get('notes') as Y.Text).insert(0, '   ')
    const empty = emptySections(doc, fiveC).map((s) => s.key)
    expect(empty).not.toContain('competence')
    expect(empty).toContain('change')
    expect(empty).toHaveLength(fiveC.sections.length - 1)

    const competence = fiveC.sections.find((s) => s.key === 'competence')!
    expect(sectionCompletion(doc, fiveC, competence)).toEqual({ filled: 1, total: competence.fields.length })
    const sum = fiveC.sections.reduce((n, s) => n + sectionCompletion(doc, fiveC, s).filled, 0)
    expect(templateCompletion(doc, fiveC).filled).toBe(sum)
  })
})
