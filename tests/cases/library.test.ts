import { access } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { bilingualSchema, LANGUAGES, type Bilingual } from '../../cases/i18n/bilingual'
import { CASE_LIBRARY, findCase } from '../../cases/library/index'
import type { CaseStudy } from '../../cases/library/types'
import { TEMPLATES } from '../../cases/templates/index'

/** Template ids issue 3 adds; a case may already list them. */
const PLANNED_TEMPLATE_IDS = [
  'ecomap',
  'breton',
  'groupDynamics',
  'tuckman',
  'interventionPlan',
  'roles',
  'therapeuticFactors',
  'systems',
]
const KNOWN_TEMPLATE_IDS = new Set([...TEMPLATES.map((t) => t.id), ...PLANNED_TEMPLATE_IDS])

/** The module's examples that must never become cases (frameworks.md §12, V5 and V18), and their content. */
const EXCLUDED =
  /incest|\binses|jonestown|\bbunuh|\bkill(s|ed|ing)?\b|murder|suicide|pelecehan seksual|sexual abuse/gi
/** Older labels the case text must not use; person-first language instead ("anak dengan disabilitas"). */
const OLD_LABELS =
  /\btuna[ -]?(netra|rungu|wicara|grahita|daksa)|\bcacat\b|\bthe disabled\b|\bhandicapped\b/gi
/** Real institutions named by the module, which cases fictionalise. */
const REAL_INSTITUTIONS = /rawinala|condet/gi
/** Topics rated "use with care" in frameworks.md §12: a case touching them carries a content note. */
const SENSITIVE =
  /perundungan|bullying|vandalisme|vandalism|kekerasan dalam rumah tangga|KDRT|depresi|depression/i

/**
 * What a scenario must hold for a template to have something to work on: Tuckman needs a group met more than once
 * (Tabel 2, pp. 14–16), systems theory several systems whose interplay shapes the problem (p. 21), an output that can be set against an outcome, or a product that appears only when the group interacts (both p. 22), Breton a collective
 * action towards those who decide (pp. 26–28).
 */
const MATERIAL: Record<string, RegExp> = {
  tuckman: /pertemuan (kedua|ketiga|keempat)|setelah sesi|sesi kelima|sejak kelas/i,
  systems: /laporan|sesi terlaksana|\d+ sesi|ketika mereka berkumpul|setiap lembaga/i,
  breton: /surat|balai kota|wartawan|petisi|demonstrasi|dengar pendapat|audiensi/i,
}

function texts(c: CaseStudy): Bilingual[] {
  return [c.title, c.summary, c.scenario, ...c.prompts, ...(c.contentNote ? [c.contentNote] : [])]
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim().length > 0)

describe('the case library', () => {
  it('holds at least 8 cases, each findable by its id', () => {
    expect(CASE_LIBRARY.length).toBeGreaterThanOrEqual(8)
    for (const c of CASE_LIBRARY) expect(findCase(c.id)).toBe(c)
    expect(findCase('no-such-case')).toBeUndefined()
  })

  it('gives every case a unique kebab-case id and its own file named by that id', async () => {
    const ids = CASE_LIBRARY.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      await expect(access(new URL(`../../cases/library/${id}.ts`, import.meta.url))).resolves.toBeUndefined()
    }
  })

  it('writes every text in both Indonesian and English, none empty', () => {
    for (const c of CASE_LIBRARY) {
      for (const text of texts(c)) {
        expect(bilingualSchema.strict().safeParse(text).success, `${c.id}: ${JSON.stringify(text)}`).toBe(
          true,
        )
        for (const lang of LANGUAGES) expect(text[lang]).toBe(text[lang].trim())
      }
    }
  })

  it('tells each scenario in 3–6 paragraphs, the same number in both languages', () => {
    for (const c of CASE_LIBRARY) {
      const id = paragraphs(c.scenario.id).length
      expect(id, c.id).toBeGreaterThanOrEqual(3)
      expect(id, c.id).toBeLessThanOrEqual(6)
      expect(paragraphs(c.scenario.en).length, c.id).toBe(id)
    }
  })

  it('keeps summaries short and offers 3–5 discussion prompts', () => {
    for (const c of CASE_LIBRARY) {
      for (const lang of LANGUAGES) expect(c.summary[lang].length, c.id).toBeLessThanOrEqual(320)
      expect(c.prompts.length, c.id).toBeGreaterThanOrEqual(3)
      expect(c.prompts.length, c.id).toBeLessThanOrEqual(5)
    }
  })

  it('lists only known or planned template ids, starting from at least one', () => {
    for (const c of CASE_LIBRARY) {
      expect(c.templates.length, c.id).toBeGreaterThan(0)
      expect(new Set(c.templates).size, c.id).toBe(c.templates.length)
      for (const t of c.templates) expect(KNOWN_TEMPLATE_IDS.has(t), `${c.id}: ${t}`).toBe(true)
    }
  })

  it('claims a template only when its scenario holds the material that template works on', () => {
    for (const c of CASE_LIBRARY) {
      for (const t of c.templates) {
        const material = MATERIAL[t]
        if (material) expect(c.scenario.id, `${c.id} claims ${t}`).toMatch(material)
      }
    }
  })

  it('asks only about items the module has (module p. 32: no "berbagi informasi"; pp. 35–39: no evaluator role)', () => {
    for (const c of CASE_LIBRARY) {
      const prompts = c.prompts.flatMap((p) => [p.id, p.en]).join('\n')
      expect(prompts, c.id).not.toMatch(/berbagi informasi|imparting information|evaluator/i)
    }
  })

  it('names the module page it comes from', () => {
    for (const c of CASE_LIBRARY) expect(c.source, c.id).toMatch(/^Modul \S+.*hlm\. \d+/)
  })

  it('leaves out the excluded topics, older disability labels and real institutions', () => {
    for (const c of CASE_LIBRARY) {
      const all = [...texts(c).flatMap((t) => [t.id, t.en]), c.source].join('\n')
      for (const pattern of [EXCLUDED, OLD_LABELS, REAL_INSTITUTIONS]) {
        expect(
          [...all.matchAll(pattern)].map((m) => m[0]),
          c.id,
        ).toEqual([])
      }
    }
  })

  it('puts a content note before every scenario on a topic that needs care', () => {
    const sensitive = CASE_LIBRARY.filter((c) => SENSITIVE.test(`${c.scenario.id}\n${c.scenario.en}`))
    expect(sensitive.length).toBeGreaterThan(0)
    for (const c of sensitive) expect(c.contentNote, c.id).toBeDefined()
  })

  it('says in both languages that its places and organisations are fictional', () => {
    for (const c of CASE_LIBRARY) {
      expect(c.scenario.id, c.id).toMatch(/rekaan/)
      expect(c.scenario.en, c.id).toMatch(/fictional/)
    }
  })
})
