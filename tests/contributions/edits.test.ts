import { access } from 'node:fs/promises'
import path from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { WorkspaceContributions } from '../../cases/contributions'
import { addCollectionItem, getCollectionItem } from '../../cases/ydoc/collections'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForDoc, type YClient } from '../helpers/yclient'
import { setupTemplateAssignment, type TemplateAssignment } from '../templates/setup'

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

describe('ecomap and field edits through the server', () => {
  let server: TestServer
  let made: TemplateAssignment
  const clients: YClient[] = []

  beforeAll(async () => {
    // The counters file is written with each snapshot: take them quickly.
    server = await startTestServer({ SAVE_DEBOUNCE_MS: '50', SAVE_MAX_WAIT_MS: '200' })
    made = await setupTemplateAssignment(server.url, ['fiveC', 'ecomap'], 2)
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  it('count a moved and an added system as one ecomap edit each, and a choice as a field edit', async () => {
    const [ani, budi] = made.setup.students[0]!
    const a = await connectSynced(server.wsUrl, made.workspaceId, ani!.token)
    const b = await connectSynced(server.wsUrl, made.workspaceId, budi!.token)
    clients.push(a, b)
    const systems = a.doc.getMap('ecomap').get('systems') as Y.Map<unknown>
    const family = [...systems.keys()][0]!
    a.doc.transact(() => {
      getCollectionItem(a.doc, 'ecomap', 'systems', family)?.set('x', 321)
      getCollectionItem(a.doc, 'ecomap', 'systems', family)?.set('y', 123)
    })
    const added = addCollectionItem(a.doc, 'ecomap', 'systems', { label: 'Puskesmas', x: 40, y: 40 })
    ;(b.doc.getMap('fiveC').get('characteristics') as Y.Map<unknown>).set('groupType', 'task')
    await waitForDoc(b.doc, (doc) => (doc.getMap('ecomap').get('systems') as Y.Map<unknown>).has(added))
    await waitForDoc(
      a.doc,
      (doc) => (doc.getMap('fiveC').get('characteristics') as Y.Map<unknown>).get('groupType') === 'task',
    )

    const res = await made.setup.lecturer.api.request<WorkspaceContributions>(
      'GET',
      `/api/workspaces/${made.workspaceId}/contributions`,
    )
    expect(res.status).toBe(200)
    const [aniRow, budiRow] = res.body.members
    expect([aniRow?.ecomapEdits, aniRow?.fieldEdits, aniRow?.perTemplate.ecomap?.ecomapEdits]).toEqual([
      2, 0, 2,
    ])
    expect([budiRow?.ecomapEdits, budiRow?.fieldEdits, budiRow?.perTemplate.fiveC?.fieldEdits]).toEqual([
      0, 1, 1,
    ])
    expect(aniRow?.charsAdded).toBe(0)
  })

  it('deletes a workspace’s counters file with the workspace', async () => {
    const { setup, workspaceId } = made
    const file = path.join(server.dataDir, 'contributions', `${workspaceId}.json`)
    await vi.waitFor(async () => expect(await exists(file)).toBe(true))
    for (const client of clients.splice(0)) client.destroy()
    const lecturer = setup.lecturer.api
    const spare = await lecturer.createTeam(setup.classId, 'Tim Cadangan')
    for (const student of setup.students[0]!) {
      const moved = await lecturer.request('PATCH', `/api/classes/${setup.classId}/students/${student.id}`, {
        teamId: spare.id,
      })
      expect(moved.status).toBe(200)
    }
    expect(
      (await lecturer.request('DELETE', `/api/classes/${setup.classId}/teams/${setup.teamIds[0]}`)).status,
    ).toBe(204)
    await vi.waitFor(async () => expect(await exists(file)).toBe(false))
  })
})
