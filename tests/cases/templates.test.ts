import { describe, expect, it } from 'vitest'
import { bilingualSchema, type Bilingual } from '../../cases/i18n/bilingual'
import { findTemplate, getTemplate, TEMPLATES } from '../../cases/templates/index'
import type { FieldDef, TemplateDef } from '../../cases/templates/types'

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/

function expectBilingual(text: Bilingual | undefined, where: string): void {
  expect(text, where).toBeDefined()
  expect(bilingualSchema.strict().safeParse(text).success, `${where}: ${JSON.stringify(text)}`).toBe(true)
}

function expectUniqueCamelCase(keys: string[], where: string): void {
  for (const key of keys) expect(key, where).toMatch(CAMEL_CASE)
  expect(new Set(keys).size, `${where}: ${keys.join(', ')}`).toBe(keys.length)
}

function checkField(field: FieldDef, where: string): void {
  expectBilingual(field.label, `${where} label`)
  if (field.help) expectBilingual(field.help, `${where} help`)
  if (field.citation !== undefined) expect(field.citation.trim(), where).not.toBe('')
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
    expect(section.fields.length, where).toBeGreaterThan(0)
    expectUniqueCamelCase(
      section.fields.map((f) => f.key),
      `${where} field keys`,
    )
    for (const field of section.fields) checkField(field, `${where}.${field.key}`)
  }
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
    '%s: camelCase keys unique per section, every label and help bilingual, options non-empty',
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
})
