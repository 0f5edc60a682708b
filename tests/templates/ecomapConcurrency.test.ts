import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { getTemplate } from '../../cases/templates/index'
import { addCollectionItem, getCollectionItem, removeCollectionItem } from '../../cases/ydoc/collections'
import { readTemplate, type CollectionJson } from '../../cases/ydoc/read'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForDoc, type YClient } from '../helpers/yclient'
import { committedSchemaValidator, setupTemplateAssignment, type TemplateAssignment } from './setup'

const ecomap = getTemplate('ecomap')
const systems = (doc: Y.Doc) => readTemplate(doc, ecomap).systems as CollectionJson
const ties = (doc: Y.Doc) => readTemplate(doc, ecomap).ties as CollectionJson
const ids = (items: CollectionJson) => items.map((item) => item.id)

describe('two students drawing the same ecomap at the same moment', () => {
  let server: TestServer
  let made: TemplateAssignment
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    made = await setupTemplateAssignment(server.url, ['ecomap'], 3)
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  const connect = async (student: number) => {
    const member = made.setup.students[0]![student]!
    const client = await connectSynced(server.wsUrl, made.workspaceId, member.token)
    clients.push(client)
    return client
  }

  it('move, add, connect and delete concurrently, converge, and lose nothing that was added', async () => {
    const a = await connect(0)
    const b = await connect(1)
    const [family, school, services] = ids(systems(a.doc))
    expect(ids(systems(b.doc))).toEqual(ids(systems(a.doc)))

    // Both edit before either can have seen the other's update: the sends are queued, not yet delivered.
    const move = (doc: Y.Doc, x: number, y: number) =>
      doc.transact(() => {
        getCollectionItem(doc, 'ecomap', 'systems', family!)?.set('x', x)
        getCollectionItem(doc, 'ecomap', 'systems', family!)?.set('y', y)
      })
    move(a.doc, 120, 140)
    move(b.doc, 880, 860)
    const addedByA = addCollectionItem(a.doc, 'ecomap', 'systems', {
      label: 'Puskesmas',
      category: 'other',
      x: 80,
      y: 500,
    })
    const addedByB = addCollectionItem(b.doc, 'ecomap', 'systems', {
      label: 'Masjid',
      category: 'religion',
      x: 920,
      y: 500,
    })
    const tiesByA = [
      addCollectionItem(a.doc, 'ecomap', 'ties', {
        from: 'centre',
        to: addedByA,
        strength: 'strong',
        flow: 'toCentre',
      }),
      addCollectionItem(a.doc, 'ecomap', 'ties', {
        from: 'centre',
        to: school!,
        strength: 'tenuous',
        stressful: true,
      }),
    ]
    const tiesByB = [
      addCollectionItem(b.doc, 'ecomap', 'ties', {
        from: 'centre',
        to: addedByB,
        strength: 'moderate',
        flow: 'both',
      }),
      addCollectionItem(b.doc, 'ecomap', 'ties', {
        from: 'centre',
        to: school!,
        strength: 'strong',
        flow: 'fromCentre',
      }),
    ]
    // One deletes a system while the other renames it, notes on it and draws a tie to it.
    removeCollectionItem(a.doc, 'ecomap', 'systems', services!)
    getCollectionItem(b.doc, 'ecomap', 'systems', services!)?.set('label', 'Dinas Sosial')
    const tieToDeleted = addCollectionItem(b.doc, 'ecomap', 'ties', {
      from: 'centre',
      to: services!,
      strength: 'tenuous',
    })

    const added = [...tiesByA, ...tiesByB, tieToDeleted]
    const converged = (doc: Y.Doc) =>
      ids(systems(doc)).includes(addedByA) &&
      ids(systems(doc)).includes(addedByB) &&
      !ids(systems(doc)).includes(services!) &&
      added.every((id) => ids(ties(doc)).includes(id))
    await waitForDoc(a.doc, converged)
    await waitForDoc(b.doc, converged)
    await waitForDoc(
      a.doc,
      () => JSON.stringify(readTemplate(a.doc, ecomap)) === JSON.stringify(readTemplate(b.doc, ecomap)),
    )

    expect(readTemplate(a.doc, ecomap)).toEqual(readTemplate(b.doc, ecomap))
    const moved = systems(a.doc).find((s) => s.id === family)
    expect([
      [120, 140],
      [880, 860],
    ]).toContainEqual([moved?.x, moved?.y])
    expect(ids(systems(a.doc))).toHaveLength(7) // six defaults − one deleted + two added
    expect(ids(ties(a.doc)).sort()).toEqual([...added].sort())
    // The tie drawn to the deleted system is kept, dangling; the editor hides it.
    expect(ties(a.doc).find((t) => t.id === tieToDeleted)).toMatchObject({ to: services })

    // A third member joining late, and the server's export, see the same map.
    const c = await connect(2)
    expect(readTemplate(c.doc, ecomap)).toEqual(readTemplate(a.doc, ecomap))
    const exported = await made.setup.students[0]![2]!.api.exportWorkspace(made.workspaceId)
    expect(exported.templates.ecomap).toEqual(readTemplate(a.doc, ecomap))
    const validate = await committedSchemaValidator()
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
  })
})
