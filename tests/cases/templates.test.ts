import { describe, expect, it } from 'vitest'
import { bilingualSchema, type Bilingual } from '../../cases/i18n/bilingual'
import { findTemplate, getTemplate, TEMPLATES } from '../../cases/templates/index'
import type { FieldDef, FieldJson, SectionDef, TemplateDef } from '../../cases/templates/types'
import { RESERVED_ITEM_KEYS } from '../../cases/ydoc/collections'

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/

function expectBilingual(text: Bilingual | undefined, where: string): void {
  expect(text, where).toBeDefined()
  expect(bilingualSchema.strict().safeParse(text).success, `${where}: ${JSON.stringify(text)}`).toBe(true)
}

function expectUniqueCamelCase(keys: string[], where: string): void {
  for (const key of keys) expect(key, where).toMatch(CAMEL_CASE)
  expect(new Set(keys).size, `${where}: ${keys.join(', ')}`).toBe(keys.length)
}

/**
 * Authors in the module's reference list (Daftar Pustaka, pp. 40–41); Zastrow appears there as "Charles, H. Z.".
 * A citation names one of them, or a place in the module ("Modul …"), or says it is outside the module.
 */
const MODULE_SOURCES =
  /^(Anderson|Bartle|Benne|Breton|Cartwright|Zastrow|Deutsch|Festinger|French|Galinsky|Garvin|Gutiérrez|Gray-Little|Hopps|Huda|Jones|Levi|Mayadass|McKenzie|Midgley|Regan|Schopler|Smokowski|Stewart|Street|Sue|Toseland|Tropman|Tuckman|Modul)\b/
const OUTSIDE_MODULE = /— di luar modul \/ outside the module$/

/** Help texts that are the app's instructions to the team, not the module's words: they carry no citation. */
const INSTRUCTION =
  /^(Catatan tim|Catatan bebas tim|Kejadian atau kutipan|Kutipan atau kejadian|Nama samaran|Misalnya ibu|Apa yang akan dilakukan|Apa yang dilakukan anggota|Bagaimana butir|Bagaimana konteks|Mengapa strategi|Tujuan, metode dan orientasi mana|Tanggal keadaan|Posisi mendatar|Posisi tegak|"centre"|Id sistem|Anggota yang menjalankan|Apa yang menunjukkan|Centang)/

function checkCitation(citation: string | undefined, help: Bilingual | undefined, where: string): void {
  if (help && INSTRUCTION.test(help.id))
    expect(citation, `${where}: an instruction is not cited`).toBeUndefined()
  if (citation === undefined) return
  for (const part of citation.split(';').map((p) => p.trim())) {
    expect(MODULE_SOURCES.test(part) || OUTSIDE_MODULE.test(part), `${where} citation ${part}`).toBe(true)
  }
  if (/Hartman/.test(citation)) expect(citation, where).toMatch(OUTSIDE_MODULE)
}

function checkField(field: FieldDef, where: string): void {
  expectBilingual(field.label, `${where} label`)
  // Every field carries short help; only help that restates the module carries the module's citation.
  expectBilingual(field.help, `${where} help`)
  checkCitation(field.citation, field.help, where)
  if (field.kind === 'choice' || field.kind === 'multiChoice') {
    expect(field.options.length, `${where} options`).toBeGreaterThan(0)
    const values = field.options.map((o) => o.value)
    for (const value of values) expect(value, `${where} option value`).toMatch(/^\S+$/)
    expect(new Set(values).size, `${where} option values unique`).toBe(values.length)
    for (const o of field.options) {
      expectBilingual(o.label, `${where}.${o.value} label`)
      if (o.help) expectBilingual(o.help, `${where}.${o.value} help`)
    }
  }
  if (field.kind === 'number' && field.min !== undefined && field.max !== undefined) {
    expect(field.min, where).toBeLessThanOrEqual(field.max)
  }
  if (field.kind === 'string' && field.maxLength !== undefined)
    expect(field.maxLength, where).toBeGreaterThan(0)
}

/** A default item's value must be a valid JSON value of its field's kind. */
function fitsKind(field: FieldDef, value: FieldJson): boolean {
  if (value === null) return field.kind !== 'text' && field.kind !== 'string' && field.kind !== 'multiChoice'
  switch (field.kind) {
    case 'text':
    case 'string':
      return typeof value === 'string'
    case 'choice':
      return field.options.some((o) => o.value === value)
    case 'multiChoice':
      return Array.isArray(value) && value.every((v) => field.options.some((o) => o.value === v))
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return (
        typeof value === 'number' && (field.min ?? -Infinity) <= value && value <= (field.max ?? Infinity)
      )
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
  }
}

function checkCollection(section: SectionDef, where: string): void {
  const collection = section.collection
  if (!collection) return
  expect(section.fields, `${where}: a collection section has no ordinary fields`).toEqual([])
  expectBilingual(collection.itemLabel, `${where} itemLabel`)
  expect(collection.itemFields.length, where).toBeGreaterThan(0)
  const keys = collection.itemFields.map((f) => f.key)
  expectUniqueCamelCase(keys, `${where} item field keys`)
  for (const reserved of RESERVED_ITEM_KEYS)
    expect(keys, `${where} uses reserved key ${reserved}`).not.toContain(reserved)
  for (const field of collection.itemFields) checkField(field, `${where}[].${field.key}`)
  for (const [i, item] of (collection.defaults ?? []).entries()) {
    for (const [key, value] of Object.entries(item)) {
      const field = collection.itemFields.find((f) => f.key === key)
      expect(field, `${where} default ${i}: unknown key ${key}`).toBeDefined()
      if (field)
        expect(fitsKind(field, value), `${where} default ${i}.${key} = ${JSON.stringify(value)}`).toBe(true)
    }
  }
}

function checkTemplate(template: TemplateDef): void {
  expect(Number.isInteger(template.version) && template.version >= 1, template.id).toBe(true)
  expectBilingual(template.title, `${template.id} title`)
  expectBilingual(template.summary, `${template.id} summary`)
  expect(template.citation.trim(), template.id).not.toBe('')
  expect(template.sections.length, template.id).toBeGreaterThan(0)
  expectUniqueCamelCase(
    template.sections.map((s) => s.key),
    `${template.id} section keys`,
  )
  for (const section of template.sections) {
    const where = `${template.id}.${section.key}`
    expectBilingual(section.title, `${where} title`)
    if (section.help) expectBilingual(section.help, `${where} help`)
    checkCitation(section.citation, section.help, where)
    checkCollection(section, where)
    if (!section.collection) expect(section.fields.length, where).toBeGreaterThan(0)
    expectUniqueCamelCase(
      section.fields.map((f) => f.key),
      `${where} field keys`,
    )
    for (const field of section.fields) checkField(field, `${where}.${field.key}`)
  }
}

const sectionKeys = (id: string) => getTemplate(id).sections.map((s) => s.key)
const fieldKeys = (id: string, section: string) => {
  const def = getTemplate(id).sections.find((s) => s.key === section)
  return (def?.collection?.itemFields ?? def?.fields ?? []).map((f) => f.key)
}

describe('the template definitions', () => {
  it('give every template a unique camelCase id that finds it', () => {
    expectUniqueCamelCase(
      TEMPLATES.map((t) => t.id),
      'template ids',
    )
    for (const t of TEMPLATES) {
      expect(findTemplate(t.id)).toBe(t)
      expect(getTemplate(t.id)).toBe(t)
    }
    expect(findTemplate('noSuchTemplate')).toBeUndefined()
    expect(() => getTemplate('noSuchTemplate')).toThrow(/noSuchTemplate/)
  })

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: camelCase keys unique per section, every label and help bilingual, citations only on the module's text, options non-empty",
    (_id, template) => checkTemplate(template),
  )

  it('ship the complete 5 C template with the sections issue 2 names, each with its notes field', () => {
    const fiveC = getTemplate('fiveC')
    expect(fiveC.sections.map((s) => s.key)).toEqual([
      'characteristics',
      'competence',
      'condition',
      'change',
      'context',
    ])
    for (const section of fiveC.sections) {
      expect(section.fields.find((f) => f.key === 'notes')?.kind, section.key).toBe('text')
    }
  })

  it('offer every framework of the course, in the order it teaches them', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'ecomap',
      'fiveC',
      'breton',
      'groupDynamics',
      'tuckman',
      'interventionPlan',
      'roles',
      'therapeuticFactors',
      'systems',
    ])
  })

  it('give every field of 5 C version 2 its evidence text, so older workspaces gain it on load', () => {
    const fiveC = getTemplate('fiveC')
    expect(fiveC.version).toBeGreaterThanOrEqual(2)
    for (const section of fiveC.sections) {
      expect(section.fields.find((f) => f.key === 'evidence')?.kind, section.key).toBe('text')
    }
  })

  it('keep the ecomap layout contract: systems and ties are collections with the promised item fields', () => {
    expect(sectionKeys('ecomap')).toEqual([
      'centre',
      'members',
      'systems',
      'ties',
      'levels',
      'intervention',
      'influences',
    ])
    const ecomap = getTemplate('ecomap')
    for (const key of ['members', 'systems', 'ties'])
      expect(ecomap.sections.find((s) => s.key === key)?.collection, key).toBeDefined()
    expect(fieldKeys('ecomap', 'systems')).toEqual(
      expect.arrayContaining(['label', 'category', 'level', 'x', 'y', 'note']),
    )
    expect(fieldKeys('ecomap', 'ties')).toEqual(
      expect.arrayContaining(['from', 'to', 'strength', 'stressful', 'flow', 'note']),
    )
    const systems = ecomap.sections.find((s) => s.key === 'systems')?.collection
    expect(systems?.defaults?.map((d) => d.label)).toEqual([
      'Keluarga',
      'Pendidikan',
      'Pelayanan Sosial',
      'Politik',
      'Pelayanan dan Jasa',
      'Agama',
    ])
    const field = (key: string) => systems?.itemFields.find((f) => f.key === key)
    const values = (key: string) => {
      const f = field(key)
      return f?.kind === 'choice' ? f.options.map((o) => o.value) : []
    }
    expect(values('category')).toEqual([
      'family',
      'education',
      'socialServices',
      'politics',
      'servicesAndGoods',
      'religion',
      'other',
    ])
    expect(values('level')).toEqual(['person', 'group', 'organization', 'community', 'society', 'world'])
    const tieField = (key: string) =>
      ecomap.sections.find((s) => s.key === 'ties')?.collection?.itemFields.find((f) => f.key === key)
    const tieValues = (key: string) => {
      const f = tieField(key)
      return f?.kind === 'choice' ? f.options.map((o) => o.value) : []
    }
    expect(tieValues('strength')).toEqual(['strong', 'moderate', 'tenuous'])
    expect(tieValues('flow')).toEqual(['toCentre', 'fromCentre', 'both', 'none'])
    expect(tieField('stressful')?.kind).toBe('boolean')
    expect(fieldKeys('ecomap', 'levels')).toHaveLength(12)
  })

  it("map Breton's four stages with every sub-point (a–f, a–b, a–c, a–b) as a checklist item with notes, and a status", () => {
    const counts: Record<string, number> = {
      planning: 6,
      consciousnessRaising: 2,
      collectiveAction: 3,
      communityAttachment: 2,
    }
    for (const [stage, points] of Object.entries(counts)) {
      const keys = fieldKeys('breton', stage)
      expect(keys[0], stage).toBe('status')
      const checks =
        getTemplate('breton')
          .sections.find((s) => s.key === stage)
          ?.fields.filter((f) => f.kind === 'boolean') ?? []
      expect(checks, stage).toHaveLength(points)
      for (const check of checks) expect(keys, stage).toContain(`${check.key}Notes`)
    }
    expect(fieldKeys('breton', 'actionPlan')).toEqual([
      'actionType',
      'description',
      'who',
      'when',
      'status',
      'reflection',
    ])
  })

  it('cover the rest of the module: dynamics, Tuckman, Zastrow stages, 13 roles, therapeutic factors, systems', () => {
    expect(sectionKeys('groupDynamics')).toEqual([
      'communication',
      'cohesion',
      'integration',
      'memberRoles',
      'power',
      'culture',
    ])
    expect(fieldKeys('groupDynamics', 'memberRoles')).toEqual(['member', 'roles', 'note'])
    expect(fieldKeys('groupDynamics', 'power')).toEqual(
      expect.arrayContaining(['powerBases', 'motivationProblems']),
    )
    expect(fieldKeys('tuckman', 'assessment')).toEqual(expect.arrayContaining(['stage', 'evidence']))
    expect(sectionKeys('interventionPlan')).toHaveLength(8)
    expect(sectionKeys('roles')).toHaveLength(13)
    for (const role of sectionKeys('roles')) expect(fieldKeys('roles', role)).toEqual(['applies', 'why'])
    expect(sectionKeys('therapeuticFactors')).toHaveLength(10)
    for (const f of sectionKeys('therapeuticFactors'))
      expect(fieldKeys('therapeuticFactors', f)).toEqual(['present', 'evidence'])
    expect(sectionKeys('systems')).toEqual(['system', 'inputs', 'processing', 'outputs'])
    expect(fieldKeys('systems', 'outputs')).toEqual(['outputs', 'outcomes', 'outputsVersusOutcomes'])
  })
})
