import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildExport } from '../../cases/export/envelope'
import { buildExportSchema } from '../../cases/export/schema'
import { getTemplate } from '../../cases/templates/index'
import {
  addCollectionItem,
  getCollectionItem,
  insertItem,
  removeCollectionItem,
} from '../../cases/ydoc/collections'
import { readTemplate, templateCompletion, type CollectionJson } from '../../cases/ydoc/read'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'
import { EVERY_KIND, exportMeta, section } from './exportFixtures'

const ecomap = getTemplate('ecomap')

function serverDoc(): Y.Doc {
  const doc = new Y.Doc()
  ensureTemplateStructure(doc, ecomap)
  return doc
}

function replica(of: Y.Doc): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(of))
  return doc
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
}

const systemsOf = (doc: Y.Doc) => readTemplate(doc, ecomap).systems as CollectionJson
const tiesOf = (doc: Y.Doc) => readTemplate(doc, ecomap).ties as CollectionJson

describe('collection sections in the Y.Doc', () => {
  it('are created by the server as Y.Maps keyed by generated id, the ecomap with its six default systems', () => {
    const doc = serverDoc()
    const systems = section(doc, 'ecomap', 'systems')
    expect(systems.size).toBe(6)
    for (const [id, item] of systems.entries()) {
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(item).toBeInstanceOf(Y.Map)
      expect((item as Y.Map<unknown>).get('note')).toBeInstanceOf(Y.Text)
    }
    expect(section(doc, 'ecomap', 'ties').size).toBe(0)
    expect(section(doc, 'ecomap', 'members').size).toBe(0)
    const json = systemsOf(doc)
    expect(json.map((s) => s.label)).toEqual([
      'Keluarga',
      'Pendidikan',
      'Pelayanan Sosial',
      'Politik',
      'Pelayanan dan Jasa',
      'Agama',
    ])
    expect(json[0]).toMatchObject({
      category: 'family',
      level: null,
      x: 500,
      y: 170,
      note: '',
      accessible: null,
    })
    expect(json.every((s) => typeof s.id === 'string' && s.x !== null && s.y !== null)).toBe(true)
  })

  it('are idempotent: run again nothing changes, and defaults people deleted are not put back', () => {
    const doc = serverDoc()
    const before = systemsOf(doc).map((s) => s.id)
    expect(ensureTemplateStructure(doc, ecomap)).toBe(false)
    expect(systemsOf(doc).map((s) => s.id)).toEqual(before)
    for (const id of before) removeCollectionItem(doc, 'ecomap', 'systems', id)
    expect(ensureTemplateStructure(doc, ecomap)).toBe(false)
    expect(systemsOf(doc)).toEqual([])
  })

  it('add complete items (text fields as Y.Text) in creation order, read them with their id, and remove them', () => {
    const doc = serverDoc()
    const a = addCollectionItem(doc, 'ecomap', 'systems', {
      label: 'Puskesmas',
      category: 'other',
      x: 100,
      y: 900,
      note: 'jauh',
    })
    const b = addCollectionItem(doc, 'ecomap', 'systems', { label: 'Karang Taruna', level: 'community' })
    expect(getCollectionItem(doc, 'ecomap', 'systems', a)?.get('note')).toBeInstanceOf(Y.Text)
    const json = systemsOf(doc)
    expect(json.slice(-2)).toEqual([
      {
        id: a,
        label: 'Puskesmas',
        category: 'other',
        level: null,
        accessible: null,
        x: 100,
        y: 900,
        note: 'jauh',
      },
      {
        id: b,
        label: 'Karang Taruna',
        category: null,
        level: 'community',
        accessible: null,
        x: null,
        y: null,
        note: '',
      },
    ])
    expect(removeCollectionItem(doc, 'ecomap', 'systems', a)).toBe(true)
    expect(removeCollectionItem(doc, 'ecomap', 'systems', a)).toBe(false)
    expect(systemsOf(doc).map((s) => s.id)).not.toContain(a)
  })

  it('refuse sections that are not collections, or that the document lacks', () => {
    expect(() => addCollectionItem(serverDoc(), 'ecomap', 'centre')).toThrow(/not a collection/)
    expect(() => addCollectionItem(new Y.Doc(), 'ecomap', 'ties')).toThrow(/does not exist/)
  })

  it('merge concurrent adds and edits from two replicas, in the same order on both', () => {
    const server = serverDoc()
    const a = replica(server)
    const b = replica(server)
    const fromA = addCollectionItem(a, 'ecomap', 'ties', { from: 'centre', to: 'x', strength: 'strong' })
    const fromB = addCollectionItem(b, 'ecomap', 'ties', {
      from: 'centre',
      to: 'y',
      strength: 'tenuous',
      stressful: true,
    })
    const moved = systemsOf(server)[0]!.id
    getCollectionItem(a, 'ecomap', 'systems', moved)?.set('x', 111)
    getCollectionItem(b, 'ecomap', 'systems', moved)?.set('y', 222)
    sync(a, b)
    expect(tiesOf(a)).toEqual(tiesOf(b))
    expect(
      tiesOf(a)
        .map((t) => t.id)
        .sort(),
    ).toEqual([fromA, fromB].sort())
    expect(systemsOf(a)[0]).toMatchObject({ id: moved, x: 111, y: 222 })
    expect(systemsOf(b)).toEqual(systemsOf(a))
  })

  it('give items of an older version the Y.Text fields a newer item definition adds', () => {
    const doc = serverDoc()
    const item = section(doc, 'ecomap', 'ties')
    const id = insertItem(item, [{ key: 'from', kind: 'string', label: { id: 'Dari', en: 'From' } }], {
      from: 'centre',
    })
    expect(getCollectionItem(doc, 'ecomap', 'ties', id)?.has('note')).toBe(false)
    expect(ensureTemplateStructure(doc, ecomap)).toBe(true)
    expect(getCollectionItem(doc, 'ecomap', 'ties', id)?.get('note')).toBeInstanceOf(Y.Text)
    expect(tiesOf(doc)[0]).toMatchObject({ id, from: 'centre', to: '', strength: null, note: '' })
  })

  it('count a collection as one field of the completion, filled by its first item; a blank string is not filled', () => {
    const doc = serverDoc()
    const start = templateCompletion(doc, ecomap)
    expect(start.filled).toBe(0) // the untouched default systems are not the team's work
    addCollectionItem(doc, 'ecomap', 'ties', { from: 'centre' })
    section(doc, 'ecomap', 'centre').set('label', '   ')
    expect(templateCompletion(doc, ecomap)).toEqual({ filled: 1, total: start.total })
    section(doc, 'ecomap', 'centre').set('label', 'Keluarga Ibu R')
    expect(templateCompletion(doc, ecomap).filled).toBe(2)
    expect(readTemplate(doc, ecomap).centre).toMatchObject({ label: 'Keluarga Ibu R' })
  })

  it('count the default systems only once a student changed one: moved, renamed or described', () => {
    const systemsFilled = (doc: Y.Doc) => templateCompletion(doc, ecomap).filled
    for (const change of [
      (item: Y.Map<unknown>) => item.set('x', 120),
      (item: Y.Map<unknown>) => item.set('label', 'Keluarga besar'),
      (item: Y.Map<unknown>) => (item.get('note') as Y.Text).insert(0, 'Dukungan kuat.'),
      (item: Y.Map<unknown>) => item.set('accessible', true),
    ]) {
      const doc = serverDoc()
      expect(systemsFilled(doc)).toBe(0)
      const first = systemsOf(doc)[0]!
      change(getCollectionItem(doc, 'ecomap', 'systems', first.id)!)
      expect(systemsFilled(doc)).toBe(1)
    }
    // A system the team adds counts even when every default is left as it was; removing it counts nothing again.
    const doc = serverDoc()
    const added = addCollectionItem(doc, 'ecomap', 'systems', { label: 'Puskesmas', category: 'other' })
    expect(systemsFilled(doc)).toBe(1)
    removeCollectionItem(doc, 'ecomap', 'systems', added)
    expect(systemsFilled(doc)).toBe(0)
    expect(buildExport(doc, [ecomap], exportMeta(['ecomap'])).completion.ecomap?.filled).toBe(0)
  })
})

describe('the export schema of collections', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(buildExportSchema([EVERY_KIND]))
  type Json = Record<string, unknown>

  function filled(): Json {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, EVERY_KIND)
    insertItem(section(doc, 'everyKind', 'things'), EVERY_KIND.sections[1]!.collection!.itemFields, {
      label: 'Kedua',
      note: 'catatan',
      tags: ['blue'],
      done: true,
    })
    return JSON.parse(JSON.stringify(buildExport(doc, [EVERY_KIND], exportMeta(['everyKind'])))) as Json
  }
  const things = (exported: Json) => ((exported.templates as Json).everyKind as Json).things as Json[]

  it('accepts an array of items carrying their id, defaults first', () => {
    const good = filled()
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true)
    expect(things(good).map((t) => t.label)).toEqual(['Bawaan', 'Kedua'])
    expect(things(good)[1]).toMatchObject({ tags: ['blue'], done: true, size: null, note: 'catatan' })
  })

  it('refuses broken items: no id, an unknown key, a missing field, a wrong type, an unknown option, not an array', () => {
    const breakers: [string, (items: Json[]) => unknown][] = [
      ['no id', (items) => delete items[0]!.id],
      ['unknown key', (items) => (items[0]!.colour = 'red')],
      ['missing field', (items) => delete items[0]!.note],
      ['number as string', (items) => (items[0]!.size = '3')],
      ['string as number', (items) => (items[0]!.label = 3)],
      ['unknown option', (items) => (items[1]!.tags = ['green'])],
      ['item not an object', (items) => (items[0] = 'Bawaan' as unknown as Json)],
    ]
    for (const [what, breakIt] of breakers) {
      const broken = filled()
      breakIt(things(broken))
      expect(validate(broken), what).toBe(false)
    }
    const notArray = filled()
    ;((notArray.templates as Json).everyKind as Json).things = { a: {} }
    expect(validate(notArray)).toBe(false)
  })
})
