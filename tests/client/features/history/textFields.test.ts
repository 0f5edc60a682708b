import { describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../../../cases/templates'
import { textFields } from '../../../../client/src/features/history/textFields'

describe('the history diff field list', () => {
  it('lists every plain text field of the templates in order, never a collection or a non-text field', () => {
    const ids = TEMPLATES.map((t) => t.id)
    const expected = TEMPLATES.flatMap((t) =>
      t.sections.flatMap((s) =>
        s.collection
          ? []
          : s.fields
              .filter((f) => f.kind === 'text')
              .map((f) => ({
                path: `${t.id}.${s.key}.${f.key}`,
                template: t.title,
                section: s.title,
                label: f.label,
              })),
      ),
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(textFields(ids)).toEqual(expected)
  })

  it('leaves out unknown templates', () => {
    expect(textFields(['no-such-template'])).toEqual([])
  })
})
