import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { fiveC } from '../../cases/templates/fiveC'
import type { TemplateDef } from '../../cases/templates/types'
import { readTemplate, templateCompletion } from '../../cases/ydoc/read'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'

const section = (doc: Y.Doc, key: string) => doc.getMap<Y.Map<unknown>>('fiveC').get(key)!

describe('the Y.Doc layout of a template', () => {
  it('creates every section as a Y.Map and every text field as a Y.Text', () => {
    const doc = new Y.Doc()
    expect(ensureTemplateStructure(doc, fiveC)).toBe(true)
    for (const s of fiveC.sections) expect(doc.getMap('fiveC').get(s.key)).toBeInstanceOf(Y.Map)
    expect(section(doc, 'context').get('notes')).toBeInstanceOf(Y.Text)
    expect(section(doc, 'context').get('contextTypes')).toBeInstanceOf(Y.Map)
    expect(section(doc, 'characteristics').get('groupType')).toBeNull()
  })

  it('is idempotent and keeps content when run again', () => {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, fiveC)
    ;(section(doc, 'context').get('notes') as Y.Text).insert(0, 'Sekolah dan komite orang tua')
    expect(ensureTemplateStructure(doc, fiveC)).toBe(false)
    expect(readTemplate(doc, fiveC).context!.notes).toBe('Sekolah dan komite orang tua')
  })

  it('adds the fields of a newer template version to an existing document, keeping what was there', () => {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, fiveC)
    ;(section(doc, 'change').get('notes') as Y.Text).insert(0, 'tetap')
    const v2: TemplateDef = {
      ...fiveC,
      version: 2,
      sections: fiveC.sections.map((s) =>
        s.key === 'change'
          ? {
              ...s,
              fields: [
                ...s.fields,
                { key: 'lessons', kind: 'text', multiline: true, label: { id: 'Pelajaran', en: 'Lessons' } },
              ],
            }
          : s,
      ),
    }
    expect(ensureTemplateStructure(doc, v2)).toBe(true)
    expect(section(doc, 'change').get('lessons')).toBeInstanceOf(Y.Text)
    expect(readTemplate(doc, v2).change).toMatchObject({ notes: 'tetap', lessons: '' })
  })

  it('reads every field kind into its JSON type and counts filled fields', () => {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, fiveC)
    const total = fiveC.sections.reduce((n, s) => n + s.fields.length, 0)
    expect(templateCompletion(doc, fiveC)).toEqual({ filled: 0, total })

    const chars = section(doc, 'characteristics')
    chars.set('groupType', 'task')
    chars.set('interactionPattern', 'not-an-option')
    chars.set('interactsWithOutside', false)
    ;(chars.get('temperament') as Y.Text).insert(0, '   ')
    const types = section(doc, 'context').get('contextTypes') as Y.Map<boolean>
    types.set('societal', true)
    types.set('otherGroups', true)

    const json = readTemplate(doc, fiveC)
    expect(json.characteristics).toMatchObject({
      groupType: 'task',
      interactionPattern: null,
      interactsWithOutside: false,
      temperament: '   ',
    })
    expect(json.context!.contextTypes).toEqual(['otherGroups', 'societal'])
    // groupType, interactsWithOutside and contextTypes; blank text and unknown options do not count.
    expect(templateCompletion(doc, fiveC)).toEqual({ filled: 3, total })
  })

  it('merges two replicas that edit the same text field at once', () => {
    const server = new Y.Doc()
    ensureTemplateStructure(server, fiveC)
    const a = new Y.Doc()
    const b = new Y.Doc()
    Y.applyUpdate(a, Y.encodeStateAsUpdate(server))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server))
    ;(a.getMap<Y.Map<Y.Text>>('fiveC').get('context')!.get('notes') as Y.Text).insert(0, 'A ')
    ;(b.getMap<Y.Map<Y.Text>>('fiveC').get('context')!.get('notes') as Y.Text).insert(0, 'B ')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const text = readTemplate(a, fiveC).context!.notes as string
    expect(text).toBe(readTemplate(b, fiveC).context!.notes)
    expect(text).toContain('A ')
    expect(text).toContain('B ')
  })
})
