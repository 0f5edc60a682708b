import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getTemplate } from '../../cases/templates/index'
import { readTemplate, type FieldsJson } from '../../cases/ydoc/read'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { withSnapshotDoc } from '../../server/services/historySnapshots'
import { tick, typeInto } from '../cases/exportFixtures'
import { version1 } from '../cases/version1Templates'

describe('a snapshot taken before a template retired a field', () => {
  it('reads, for viewing and restoring, with the same note the live document carries', () => {
    const old = new Y.Doc()
    ensureWorkspaceStructure(old, [version1('interventionPlan')])
    typeInto(old, 'interventionPlan', 'engage', 'plan', 'Kenalan dulu.')
    tick(old, 'interventionPlan', 'engage', 'steps', ['identifyPotentials'])
    const state = Y.encodeStateAsUpdate(old)
    const current = getTemplate('interventionPlan')

    const upgraded = withSnapshotDoc(state, (doc) => readTemplate(doc, current), [current])
    expect((upgraded.engage as FieldsJson).plan).toBe(
      'Kenalan dulu.\n\nDeskripsi tahapan (diisi sebelum templat versi 2): Mengidentifikasi potensi-potensi klien',
    )
    // Without templates the copy is read as stored (the retired field is simply not part of the template).
    const asStored = withSnapshotDoc(state, (doc) => readTemplate(doc, current))
    expect((asStored.engage as FieldsJson).plan).toBe('Kenalan dulu.')
  })
})
