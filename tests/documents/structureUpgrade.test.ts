import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterAll, describe, expect, it } from 'vitest'
import { openStorage } from '../../server/storage'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { connectSynced, notesOf } from '../helpers/yclient'
import { removeDataDir } from '../helpers/childServer'

describe('a stored workspace from an older template version', () => {
  let dataDir = ''
  afterAll(() => removeDataDir(dataDir))

  it('gets the fields its template gained when the server loads it, before a client syncs', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-upgrade-'))
    const first = await startTestServer({}, dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    const workspaceId = setup.workspaceIds[0]!
    await first.dispose()

    // Rewrite the stored document as an older version would have left it: no context.notes yet.
    const storage = await openStorage({ dataDir })
    const stored = (await storage.documents.load(workspaceId))!
    const old = new Y.Doc()
    Y.applyUpdate(old, stored.state)
    old.getMap<Y.Map<unknown>>('fiveC').get('context')!.delete('notes')
    ;(old.getMap<Y.Map<unknown>>('fiveC').get('competence')!.get('knowledgeAndSkills') as Y.Text).insert(
      0,
      'lama',
    )
    await storage.documents.store(workspaceId, { ...stored, state: Y.encodeStateAsUpdate(old) })
    await storage.close()

    const second = await startTestServer({}, dataDir)
    try {
      const client = await connectSynced(second.wsUrl, workspaceId, setup.students[0]![0]!.token)
      expect(notesOf(client.doc)).toBeInstanceOf(Y.Text)
      const competence = client.doc.getMap<Y.Map<unknown>>('fiveC').get('competence')!
      expect((competence.get('knowledgeAndSkills') as Y.Text).toString()).toBe('lama')
      client.destroy()
    } finally {
      await second.dispose()
    }
  })
})
