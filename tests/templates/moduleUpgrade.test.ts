import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { FieldsJson } from '../../cases/ydoc/read'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { openStorage } from '../../server/storage/index'
import { createApi } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, type YClient } from '../helpers/yclient'
import { section, tick, typeInto } from '../cases/exportFixtures'
import { version1 } from '../cases/version1Templates'
import { committedSchemaValidator, setupTemplateAssignment } from './setup'

describe('a workspace stored with the version-1 layout of interventionPlan, breton and systems', () => {
  let dataDir: string | undefined
  let second: TestServer | undefined
  let client: YClient | undefined

  afterAll(async () => {
    client?.destroy()
    await second?.dispose()
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  it('is carried over when the server loads it: ticks kept as a note, the split goal merged, sui generis added; the export validates', async () => {
    const ids = ['interventionPlan', 'breton', 'systems'] as const
    const first = await startTestServer()
    dataDir = first.dataDir
    const made = await setupTemplateAssignment(first.url, [...ids])
    await first.close()

    // Put back the document a version-1 server would have stored, with the team's work in it.
    const storage = await openStorage({ dataDir: first.dataDir })
    const stored = await storage.documents.load(made.workspaceId)
    if (!stored) throw new Error('the workspace document was not stored')
    const old = new Y.Doc()
    ensureWorkspaceStructure(
      old,
      ids.map((id) => version1(id)),
    )
    typeInto(old, 'interventionPlan', 'engage', 'plan', 'Kunjungan rumah minggu pertama.')
    tick(old, 'interventionPlan', 'engage', 'steps', ['workingRelationship', 'identifyPotentials'])
    tick(old, 'interventionPlan', 'communicate', 'steps', ['courtWitness'])
    tick(old, 'breton', 'empowerment', 'goals', ['changeOppressiveConditions', 'increaseParticipation'])
    typeInto(old, 'systems', 'inputs', 'description', 'Dana desa dan pelatihan kader.')
    await storage.documents.store(made.workspaceId, { ...stored, state: Y.encodeStateAsUpdate(old) })
    await storage.close()

    second = await startTestServer({}, first.dataDir)
    const student = made.setup.students[0]![0]!
    client = await connectSynced(second.wsUrl, made.workspaceId, student.token)
    const plan = (key: string) => section(client!.doc, 'interventionPlan', key)
    expect(plan('engage').has('steps')).toBe(false)
    expect(plan('engage').get('plan')?.toString()).toBe(
      'Kunjungan rumah minggu pertama.\n\nDeskripsi tahapan (diisi sebelum templat versi 2): ' +
        'Mengidentifikasi potensi-potensi klien; Mengembangkan relasi kerja yang tepat',
    )
    expect(plan('communicate').get('plan')?.toString()).toBe(
      'Deskripsi tahapan (diisi sebelum templat versi 2): Menjadi saksi di pengadilan bila diminta',
    )
    // A stage nobody ticked keeps an empty plan, and loses its checklist.
    expect(plan('evaluate').has('steps')).toBe(false)
    expect(plan('evaluate').get('plan')?.toString()).toBe('')
    const goals = section(client.doc, 'breton', 'empowerment').get('goals') as Y.Map<boolean>
    expect([...goals.keys()].sort()).toEqual(['changeStructures', 'increaseParticipation'])
    expect(section(client.doc, 'systems', 'system').get('suiGeneris')).toBeInstanceOf(Y.Text)
    expect(section(client.doc, 'systems', 'inputs').get('description')?.toString()).toBe(
      'Dana desa dan pelatihan kader.',
    )

    const exported = await createApi(second.url, student.token).exportWorkspace(made.workspaceId)
    expect(exported.templates.breton?.empowerment as FieldsJson).toMatchObject({
      goals: ['changeStructures', 'increaseParticipation'],
    })
    expect(exported.templates.interventionPlan?.engage).toEqual({
      plan: plan('engage').get('plan')?.toString(),
    })
    expect((exported.templates.systems?.system as FieldsJson).suiGeneris).toBe('')
    expect(exported.completion.interventionPlan).toEqual({ filled: 2, total: 8 })
    const validate = await committedSchemaValidator()
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
  })
})
