import { readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildExport, EXPORT_FORMAT } from '../../cases/export/envelope'
import { buildExportSchema, EXPORT_SCHEMA_PATH, exportSchemaText } from '../../cases/export/schema'
import { getTemplate, TEMPLATES } from '../../cases/templates/index'
import { ensureWorkspaceStructure } from '../../cases/ydoc/structure'
import { EVERY_KIND, exportMeta, fillEveryField, section, tick, typeInto } from './exportFixtures'

type Json = Record<string, unknown>

function validatorFor(schema: Json) {
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema)
}

/** A deep copy that a test may break without touching the original. */
const copy = <T>(value: T): Json => JSON.parse(JSON.stringify(value)) as Json

function filledFiveCExport() {
  const fiveC = getTemplate('fiveC')
  const doc = new Y.Doc()
  ensureWorkspaceStructure(doc, [fiveC])
  typeInto(doc, 'fiveC', 'characteristics', 'memberVariables', 'Lima ibu dan satu ayah, 28–45 tahun.')
  section(doc, 'fiveC', 'characteristics').set('groupType', 'selfHelpMutualAid')
  section(doc, 'fiveC', 'characteristics').set('interactionPattern', 'maypole')
  section(doc, 'fiveC', 'characteristics').set('interactsWithOutside', true)
  tick(doc, 'fiveC', 'context', 'contextTypes', ['community', 'organisational'])
  typeInto(doc, 'fiveC', 'context', 'notes', 'Dinas pendidikan belum menjawab.')
  return buildExport(doc, [fiveC], exportMeta(['fiveC']))
}

function filledEveryKindExport() {
  const doc = new Y.Doc()
  ensureWorkspaceStructure(doc, [EVERY_KIND])
  const all = section(doc, 'everyKind', 'all')
  typeInto(doc, 'everyKind', 'all', 'story', 'Pertemuan pertama canggung.')
  all.set('stage', 'forming')
  tick(doc, 'everyKind', 'all', 'levels', ['group'])
  all.set('agreed', false)
  all.set('sessions', 14)
  all.set('meetingDate', '2026-11-02')
  all.set('who', 'Ayu dan Bima')
  return buildExport(doc, [EVERY_KIND], exportMeta(['everyKind']))
}

describe('the published export schema', () => {
  it('is committed exactly as buildExportSchema() generates it (regenerate: npx tsx scripts/write-export-schema.ts)', async () => {
    const committed = await readFile(new URL(`../../${EXPORT_SCHEMA_PATH}`, import.meta.url), 'utf8')
    expect(committed).toBe(exportSchemaText())
    expect(JSON.parse(committed)).toEqual(buildExportSchema())
  })

  it('is a valid draft 2020-12 schema that names the export format', () => {
    const schema = buildExportSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.properties).toMatchObject({ format: { const: EXPORT_FORMAT } })
    expect(() => validatorFor(schema)).not.toThrow()
  })

  it('describes every template, each optional, with all its sections and fields required', () => {
    const templates = (buildExportSchema().properties as Json).templates as Json
    expect(templates.required).toBeUndefined()
    const described = templates.properties as Record<string, Json>
    for (const template of TEMPLATES) {
      const t = described[template.id]
      expect(t, template.id).toBeDefined()
      expect(t?.required).toEqual(template.sections.map((s) => s.key))
      for (const s of template.sections) {
        const sectionSchema = (t?.properties as Record<string, Json>)[s.key]
        if (s.collection) {
          expect(sectionSchema?.type, s.key).toBe('array')
          const items = sectionSchema?.items as Json
          expect(items.required).toEqual(['id', ...s.collection.itemFields.map((f) => f.key)])
          expect(items.additionalProperties).toBe(false)
        } else {
          expect(sectionSchema?.required).toEqual(s.fields.map((f) => f.key))
        }
      }
    }
  })

  it('accepts a 5 C export built from a real, partly filled Y.Doc', () => {
    const exported = filledFiveCExport()
    const validate = validatorFor(buildExportSchema())
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
    expect(exported.templates.fiveC?.context?.contextTypes).toEqual(['organisational', 'community'])
  })

  it('accepts an untouched workspace, where every value is empty or null', () => {
    const doc = new Y.Doc()
    ensureWorkspaceStructure(doc, TEMPLATES)
    const exported = buildExport(doc, TEMPLATES, exportMeta(TEMPLATES.map((t) => t.id)))
    const validate = validatorFor(buildExportSchema())
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    'accepts a %s export with every field filled, and counts it complete',
    (id, template) => {
      const doc = new Y.Doc()
      ensureWorkspaceStructure(doc, [template])
      fillEveryField(doc, template)
      const exported = buildExport(doc, [template], exportMeta([id]))
      const validate = validatorFor(buildExportSchema())
      expect(validate(exported), JSON.stringify(validate.errors)).toBe(true)
      expect(exported.completion[id]?.filled).toBe(exported.completion[id]?.total)
    },
  )

  it('accepts every field kind filled, and refuses each kind given the wrong JSON type', () => {
    const validate = validatorFor(buildExportSchema([EVERY_KIND]))
    const good = filledEveryKindExport()
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true)
    const wrong: Record<string, unknown> = {
      story: 42,
      stage: 'storming',
      levels: 'group',
      agreed: 'yes',
      sessions: '14',
      meetingDate: '2/11/2026',
      who: 5,
    }
    for (const [key, value] of Object.entries(wrong)) {
      const broken = copy(good)
      ;((broken.templates as Json).everyKind as Record<string, Json>).all![key] = value
      expect(validate(broken), `${key} = ${JSON.stringify(value)}`).toBe(false)
    }
  })

  it('refuses a choice value the template does not offer', () => {
    const broken = copy(filledFiveCExport())
    ;((broken.templates as Json).fiveC as Record<string, Json>).characteristics!.interactionPattern =
      'starShaped'
    const validate = validatorFor(buildExportSchema())
    expect(validate(broken)).toBe(false)
    expect(JSON.stringify(validate.errors)).toContain('interactionPattern')
  })

  it('refuses an unknown value in a multiple choice', () => {
    const broken = copy(filledFiveCExport())
    ;((broken.templates as Json).fiveC as Record<string, Json>).context!.contextTypes = [
      'community',
      'global',
    ]
    expect(validatorFor(buildExportSchema())(broken)).toBe(false)
  })

  it('refuses an export missing a field, a section, or an envelope field', () => {
    const validate = validatorFor(buildExportSchema())
    const noField = copy(filledFiveCExport())
    delete ((noField.templates as Json).fiveC as Record<string, Json>).context!.notes
    expect(validate(noField)).toBe(false)
    expect(JSON.stringify(validate.errors)).toContain('notes')

    const noSection = copy(filledFiveCExport())
    delete ((noSection.templates as Json).fiveC as Json).change
    expect(validate(noSection)).toBe(false)

    const noFormat = copy(filledFiveCExport())
    delete noFormat.format
    expect(validate(noFormat)).toBe(false)
  })

  it('refuses another format version, an unknown template, and a completion that does not add up', () => {
    const validate = validatorFor(buildExportSchema())
    const otherFormat = copy(filledFiveCExport())
    for (const format of ['ruang-kasus.analysis/1', 'ruang-kasus.analysis/3']) {
      otherFormat.format = format
      expect(validate(otherFormat), format).toBe(false)
    }

    const unknownTemplate = copy(filledFiveCExport())
    ;(unknownTemplate.templates as Json).madeUp = {}
    expect(validate(unknownTemplate)).toBe(false)

    const badCompletion = copy(filledFiveCExport())
    const fiveC = (badCompletion.completion as Record<string, Json>).fiveC!
    fiveC.filled = (fiveC.total as number) + 1
    expect(validate(badCompletion)).toBe(false)
  })
})
