import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates/index'
import { addCollectionItem } from '../../cases/ydoc/collections'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { addSystem, addTie, moveSystem, removeSystem, setValue } from '../../client/src/ecomap/actions'
import { SYSTEM_RADIUS } from '../../client/src/ecomap/geometry'
import { readSnapshot } from '../../client/src/ecomap/model'

/** A document as the server creates it for an assignment with the ecomap template. */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc()
  ensureWorkspaceStructure(doc, [getTemplate('ecomap')])
  return doc
}

/** Two replicas of one document that exchange every update, like two connected browsers. */
function pair(): [Y.Doc, Y.Doc] {
  const a = serverDoc()
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return [a, b]
}
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('the ecomap editor reading and changing the document', () => {
  it('reads the six default systems of Gambar 1 at their places, and no ties', () => {
    const snap = readSnapshot(serverDoc())
    expect(snap.systems.map((s) => s.label)).toEqual([
      'Keluarga',
      'Pendidikan',
      'Pelayanan Sosial',
      'Politik',
      'Pelayanan dan Jasa',
      'Agama',
    ])
    expect(snap.systems[0]).toMatchObject({ category: 'family', x: 500, y: 170 })
    expect(snap.ties).toEqual([])
    expect(snap.systemsMap).not.toBeNull()
  })

  it('shows ties from the centre or a member, and hides (but reports) a tie whose system is gone', () => {
    const doc = serverDoc()
    const snap = readSnapshot(doc)
    const member = addCollectionItem(doc, 'ecomap', 'members', { name: 'Sari' })
    const [family, school] = snap.systems
    addTie(doc, 'centre', family!.id)
    addTie(doc, member, school!.id)
    const dangling = addCollectionItem(doc, 'ecomap', 'ties', { from: 'centre', to: 'no-such-system' })
    const after = readSnapshot(doc)
    expect(after.danglingTieIds).toEqual([dangling])
    expect(after.ties.map((t) => [t.from, t.to])).toEqual([
      ['centre', family!.id],
      [member, school!.id],
    ])
    expect(after.ties[0]).toMatchObject({ strength: 'moderate', stressful: false, flow: 'none' })
  })

  it('removes a system together with its ties, and adds a new one at a free place', () => {
    const doc = serverDoc()
    const family = readSnapshot(doc).systems[0]!
    addTie(doc, 'centre', family.id)
    removeSystem(doc, family.id)
    const snap = readSnapshot(doc)
    expect(snap.systems.map((s) => s.id)).not.toContain(family.id)
    expect(snap.tiesMap?.size).toBe(0)
    const id = addSystem(doc, snap, 'Puskesmas')
    const added = readSnapshot(doc).systems.find((s) => s.id === id)
    expect(added).toMatchObject({ label: 'Puskesmas', category: 'other' })
    for (const other of snap.systems) {
      expect(Math.hypot(other.x - added!.x, other.y - added!.y)).toBeGreaterThan(150)
    }
  })

  it('two people moving different systems at once both keep their move; the same system ends in one place', () => {
    const [a, b] = pair()
    const [sa, sb] = [readSnapshot(a), readSnapshot(b)]
    moveSystem(sa.systems[0]!.item, { x: 200, y: 200 })
    moveSystem(sb.systems[1]!.item, { x: 800, y: 800 })
    moveSystem(sa.systems[2]!.item, { x: 300, y: 700 })
    moveSystem(sb.systems[2]!.item, { x: 700, y: 300 })
    setValue(sb.systems[0]!.item, 'label', 'Keluarga besar')
    sync(a, b)
    const [ra, rb] = [readSnapshot(a), readSnapshot(b)]
    const places = (s: typeof ra) => s.systems.map(({ id, label, x, y }) => ({ id, label, x, y }))
    expect(places(ra)).toEqual(places(rb))
    expect(ra.systems[0]).toMatchObject({ x: 200, y: 200, label: 'Keluarga besar' })
    expect(ra.systems[1]).toMatchObject({ x: 800, y: 800 })
    expect([
      [300, 700],
      [700, 300],
    ]).toContainEqual([ra.systems[2]!.x, ra.systems[2]!.y])
  })

  it('keeps a moved system inside the map', () => {
    const doc = serverDoc()
    const system = readSnapshot(doc).systems[0]!
    moveSystem(system.item, { x: -40, y: 4000 })
    expect([system.item.get('x'), system.item.get('y')]).toEqual([SYSTEM_RADIUS, 1000 - SYSTEM_RADIUS])
  })
})
