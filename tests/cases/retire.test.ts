import { readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildExport, EXPORT_FORMAT, PREVIOUS_EXPORT_FORMATS } from '../../cases/export/envelope'
import { upgradeExport, type AnalysisExportV1 } from '../../cases/export/migrate'
import { buildExportSchema, EXPORT_SCHEMA_PATHS } from '../../cases/export/schema'
import { getTemplate } from '../../cases/templates/index'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { exportMeta, section, tick, typeInto } from './exportFixtures'
import { version1 } from './version1Templates'

const IDS = ['interventionPlan', 'breton', 'systems'] as const
const NOW = new Date('2026-12-01T09:00:00.000Z')

async function schemaOf(format: string) {
  const path = EXPORT_SCHEMA_PATHS[format]
  if (!path) throw new Error(`no schema for ${format}`)
  const schema = JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8')) as object
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema)
}

/** A document as a version-1 server made it, with work in every retired field and option. */
function version1Doc(): Y.Doc {
  const doc = new Y.Doc()
  ensureWorkspaceStructure(
    doc,
    IDS.map((id) => version1(id)),
  )
  typeInto(doc, 'interventionPlan', 'planServices', 'plan', 'Rapat dengan kepala desa.')
  tick(doc, 'interventionPlan', 'planServices', 'steps', ['planDocument', 'basedOnAssessment'])
  tick(doc, 'interventionPlan', 'evaluate', 'steps', ['survey'])
  tick(doc, 'breton', 'empowerment', 'goals', ['changeOppressiveConditions'])
  section(doc, 'systems', 'system').set('products', 'unhealthy')
  return doc
}

describe('carrying a workspace over retired fields and options', () => {
  it('keeps ticked steps as a note in the plan, merges the split goal, and is idempotent', () => {
    const doc = version1Doc()
    const current = IDS.map((id) => getTemplate(id))
    expect(ensureWorkspaceStructure(doc, current)).toBe(true)
    const plan = section(doc, 'interventionPlan', 'planServices')
    expect(plan.has('steps')).toBe(false)
    expect(plan.get('plan')?.toString()).toBe(
      'Rapat dengan kepala desa.\n\nDeskripsi tahapan (diisi sebelum templat versi 2): ' +
        'Disusun berdasarkan hasil asesmen; Menyusun dokumen perencanaan layanan',
    )
    expect(section(doc, 'interventionPlan', 'evaluate').get('plan')?.toString()).toBe(
      'Deskripsi tahapan (diisi sebelum templat versi 2): Metode survei untuk mengetahui keberhasilan',
    )
    const goals = section(doc, 'breton', 'empowerment').get('goals') as Y.Map<boolean>
    expect([...goals.entries()]).toEqual([['changeStructures', true]])

    const before = Y.encodeStateVector(doc)
    expect(ensureWorkspaceStructure(doc, current)).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('keeps the analysis-1 schema for results stored before format 2, and they validate against it', async () => {
    expect(PREVIOUS_EXPORT_FORMATS).toEqual(['ruang-kasus.analysis/1'])
    const doc = version1Doc()
    const old = {
      ...buildExport(
        doc,
        IDS.map((id) => version1(id)),
        { ...exportMeta([...IDS]), now: NOW },
      ),
      format: 'ruang-kasus.analysis/1',
    } as AnalysisExportV1
    const validateOld = await schemaOf('ruang-kasus.analysis/1')
    expect(validateOld(old), JSON.stringify(validateOld.errors)).toBe(true)
    // The current schema refuses it: the retired field is unknown there.
    const validateNew = await schemaOf(EXPORT_FORMAT)
    expect(validateNew(old)).toBe(false)
  })

  it('upgrades an analysis/1 export to exactly what the carried-over workspace exports', async () => {
    const doc = version1Doc()
    const old = {
      ...buildExport(
        doc,
        IDS.map((id) => version1(id)),
        { ...exportMeta([...IDS]), now: NOW },
      ),
      format: 'ruang-kasus.analysis/1',
    } as AnalysisExportV1
    const upgraded = upgradeExport(old)

    const current = IDS.map((id) => getTemplate(id))
    ensureWorkspaceStructure(doc, current)
    const live = buildExport(doc, current, { ...exportMeta([...IDS]), now: NOW })
    expect(upgraded).toEqual(live)
    expect(upgraded.completion.interventionPlan).toEqual({ filled: 2, total: 8 })
    const validate = await schemaOf(EXPORT_FORMAT)
    expect(validate(upgraded), JSON.stringify(validate.errors)).toBe(true)
    expect(buildExportSchema().$id).toBe('urn:ruang-kasus:schema:analysis:2')
    // A current export passes through unchanged.
    expect(upgradeExport(live)).toBe(live)
  })
})
