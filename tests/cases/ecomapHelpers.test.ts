import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates/index'
import { addCollectionItem } from '../../cases/ydoc/collections'
import { isDanglingTie, removeEcomapMember, removeEcomapSystem } from '../../cases/ydoc/ecomap'
import { readTemplate, type CollectionJson } from '../../cases/ydoc/read'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'

const ecomap = getTemplate('ecomap')
const read = (doc: Y.Doc, key: string) => readTemplate(doc, ecomap)[key] as CollectionJson

describe('ecomap helpers', () => {
  it('remove a system with the ties drawn to it, and a member with the ties drawn from them, in one update', () => {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, ecomap)
    const school = read(doc, 'systems')[1]!.id
    const family = read(doc, 'systems')[0]!.id
    const mother = addCollectionItem(doc, 'ecomap', 'members', { name: 'Ibu R', relation: 'ibu' })
    const toSchool = addCollectionItem(doc, 'ecomap', 'ties', { from: 'centre', to: school })
    const motherToFamily = addCollectionItem(doc, 'ecomap', 'ties', { from: mother, to: family })
    const centreToFamily = addCollectionItem(doc, 'ecomap', 'ties', { from: 'centre', to: family })
    let updates = 0
    doc.on('update', () => updates++)

    expect(removeEcomapSystem(doc, school)).toBe(true)
    expect(updates).toBe(1)
    expect(read(doc, 'systems').map((s) => s.id)).not.toContain(school)
    expect(read(doc, 'ties').map((t) => t.id)).toEqual([motherToFamily, centreToFamily])

    expect(removeEcomapMember(doc, mother)).toBe(true)
    expect(read(doc, 'ties').map((t) => t.id)).toEqual([centreToFamily])
    expect(removeEcomapSystem(doc, school)).toBe(false)
    expect(toSchool).toBeTruthy()
  })

  it('tell a dangling tie from a live one', () => {
    const systems = new Set(['s1'])
    const members = new Set(['m1'])
    expect(isDanglingTie({ id: 't', from: 'centre', to: 's1' }, systems, members)).toBe(false)
    expect(isDanglingTie({ id: 't', from: 'm1', to: 's1' }, systems, members)).toBe(false)
    expect(isDanglingTie({ id: 't', from: 'centre', to: 'gone' }, systems, members)).toBe(true)
    expect(isDanglingTie({ id: 't', from: 'm-gone', to: 's1' }, systems, members)).toBe(true)
    expect(isDanglingTie({ id: 't', from: '', to: '' }, systems, members)).toBe(true)
  })
})
