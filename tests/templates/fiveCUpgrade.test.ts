import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates/index'
import type { TemplateDef } from '../../cases/templates/types'
import type { FieldsJson } from '../../cases/ydoc/read'
import { ensureTemplateStructure } from '../../cases/ydoc/structure'
import { openStorage } from '../../server/storage/index'
import { createApi } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, notesOf, type YClient } from '../helpers/yclient'
import { committedSchemaValidator, setupTemplateAssignment } from './setup'

/** The 5 C template as version 1 shipped it: no evidence fields. */
const fiveCVersion1 = (): TemplateDef => {
  const current = getTemplate('fiveC')
  return {
    ...current,
    version: 1,
    sections: current.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.key !== 'evidence') })),
  }
}

describe('a 5 C workspace stored before version 2', () => {
  let dataDir: string | undefined
  let second: TestServer | undefined
  let client: YClient | undefined

  afterAll(async () => {
    client?.destroy()
    await second?.dispose()
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  it('gains an evidence text in every section when the server loads it, keeping what the team wrote', async () => {
    const first = await startTestServer()
    dataDir = first.dataDir
    const made = await setupTemplateAssignment(first.url, ['fiveC'])
    await first.close()

    // Put back the document a version-1 server would have stored: no evidence fields, some notes typed.
    const storage = await openStorage({ dataDir: first.dataDir })
    const stored = await storage.documents.load(made.workspaceId)
    if (!stored) throw new Error('the workspace document was not stored')
    const old = new Y.Doc()
    ensureTemplateStructure(old, fiveCVersion1())
    notesOf(old).insert(0, 'Ditulis sebelum versi 2.')
    await storage.documents.store(made.workspaceId, { ...stored, state: Y.encodeStateAsUpdate(old) })
    await storage.close()
    const section = old.getMap<Y.Map<unknown>>('fiveC').get('change')
    expect(section?.has('evidence')).toBe(false)

    second = await startTestServer({}, first.dataDir)
    const student = made.setup.students[0]![0]!
    client = await connectSynced(second.wsUrl, made.workspaceId, student.token)
    for (const s of getTemplate('fiveC').sections) {
      expect(client.doc.getMap<Y.Map<unknown>>('fiveC').get(s.key)?.get('evidence'), s.key).toBeInstanceOf(
        Y.Text,
      )
    }
    expect(client.notes().toString()).toBe('Ditulis sebelum versi 2.')

    const exported = await createApi(second.url, student.token).exportWorkspace(made.workspaceId)
    expect((exported.templates.fiveC?.context as FieldsJson).evidence).toBe('')
    expect((exported.templates.fiveC?.context as FieldsJson).notes).toBe('Ditulis sebelum versi 2.')
    const validate = await committedSchemaValidator()
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
  })
})
