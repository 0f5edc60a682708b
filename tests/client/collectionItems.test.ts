import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates/index'
import { addCollectionItem, removeCollectionItem } from '../../cases/ydoc/collections'
import { readSection, type CollectionJson } from '../../cases/ydoc/read'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'
import { readItems } from '../../client/src/templates/useCollectionItems'

const breton = getTemplate('breton')
const actionPlan = breton.sections.find((s) => s.key === 'actionPlan')
if (!actionPlan) throw new Error('breton has no actionPlan')

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
}

const mapOf = (doc: Y.Doc) => doc.getMap<unknown>('breton').get('actionPlan') as Y.Map<unknown>
const exportedIds = (doc: Y.Doc) =>
  (readSection(doc, breton, actionPlan) as CollectionJson).map((item) => item.id)

describe('the collection editor’s item list', () => {
  it('lists items in the export’s order, also when two people add at the same moment', () => {
    const server = new Y.Doc()
    ensureTemplateStructure(server, breton)
    const ani = new Y.Doc()
    const budi = new Y.Doc()
    sync(server, ani)
    sync(server, budi)
    addCollectionItem(ani, 'breton', 'actionPlan', { who: 'Ani' })
    // Both add "the next" item before seeing each other's: the same `order`, the id decides.
    addCollectionItem(ani, 'breton', 'actionPlan', { who: 'Ani 2' })
    addCollectionItem(budi, 'breton', 'actionPlan', { who: 'Budi' })
    sync(ani, server)
    sync(budi, server)
    sync(ani, server)

    for (const doc of [ani, budi]) {
      const listed = readItems(mapOf(doc)).map((item) => item.id)
      expect(listed).toHaveLength(3)
      expect(listed).toEqual(exportedIds(doc))
    }
    expect(readItems(mapOf(ani)).map((i) => i.id)).toEqual(readItems(mapOf(budi)).map((i) => i.id))
  })

  it('drops a removed item and skips anything that is not an item map', () => {
    const doc = new Y.Doc()
    ensureTemplateStructure(doc, breton)
    const first = addCollectionItem(doc, 'breton', 'actionPlan', { who: 'A' })
    const second = addCollectionItem(doc, 'breton', 'actionPlan', { who: 'B' })
    removeCollectionItem(doc, 'breton', 'actionPlan', first)
    mapOf(doc).set('stray', 'not an item')
    expect(readItems(mapOf(doc)).map((i) => i.id)).toEqual([second])
    expect(exportedIds(doc)).toEqual([second])
  })
})
