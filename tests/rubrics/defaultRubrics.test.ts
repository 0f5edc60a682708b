import { describe, expect, it } from 'vitest'
import { rubricCriterion, type RubricCriterion } from '../../cases/contracts/grades'
import { defaultCriteria, defaultRubric } from '../../cases/rubrics'
import { genericRubric, GENERIC_LEVELS } from '../../cases/rubrics/generic'
import { TEMPLATES } from '../../cases/templates'

const ALL_IDS = TEMPLATES.map((t) => t.id)

/** Every Indonesian and English text of a criterion: title, description, and each level's label and description. */
function texts(c: RubricCriterion): { id: string[]; en: string[] } {
  const pairs = [c.title, c.description, ...c.levels.flatMap((l) => [l.label, l.description])]
  return {
    id: pairs.map((p) => p?.id ?? ''),
    en: pairs.map((p) => p?.en ?? ''),
  }
}

// Spellings the issue replaces with standard (KBBI) ones, the informal "kamu", and the non-module term "ekstra".
const NON_STANDARD_ID =
  /asesment|assessment|analisa\b|survey|sumberdaya|praktek|merespon\b|hirarki|hirarkhi|frustasi|mempengaruhi|ekstra|\bkamu\b/i

describe('default rubrics written from the module', () => {
  it('gives every template its own written rubric, not the generic fallback', () => {
    const genericTexts = new Set(Object.values(GENERIC_LEVELS).flatMap(([id, en]) => [id, en]))
    for (const template of TEMPLATES) {
      const criteria = defaultCriteria(template.id)
      expect(criteria.length, template.id).toBeGreaterThanOrEqual(3)
      expect(criteria, template.id).not.toEqual(genericRubric(template))
      for (const c of criteria) {
        expect(c.templateId, c.id).toBe(template.id)
        expect(c.id, c.id).toMatch(new RegExp(`^${template.id}-`))
        for (const level of c.levels) {
          expect(genericTexts.has(level.description?.id ?? ''), `${c.id}/${level.id}`).toBe(false)
          expect(genericTexts.has(level.description?.en ?? ''), `${c.id}/${level.id}`).toBe(false)
        }
      }
    }
  })

  it('describes every level of every criterion, 0 included, in both languages, each level in its own words', () => {
    for (const c of defaultRubric(ALL_IDS)) {
      expect(
        c.levels.map((l) => l.points),
        c.id,
      ).toEqual([4, 3, 2, 1, 0])
      for (const level of c.levels) {
        expect(level.description?.id.trim(), `${c.id}/${level.id} id`).toBeTruthy()
        expect(level.description?.en.trim(), `${c.id}/${level.id} en`).toBeTruthy()
      }
      const ids = c.levels.map((l) => l.description?.id)
      const ens = c.levels.map((l) => l.description?.en)
      expect(new Set(ids).size, `${c.id} id`).toBe(c.levels.length)
      expect(new Set(ens).size, `${c.id} en`).toBe(c.levels.length)
      expect(c.description.id, c.id).not.toBe(c.description.en)
    }
  })

  it('gives every criterion a positive weight, and weighs some criteria above or below 1', () => {
    const all = defaultRubric(ALL_IDS)
    for (const c of all) expect(c.weight, c.id).toBeGreaterThan(0)
    expect(all.some((c) => c.weight > 1)).toBe(true)
    expect(all.some((c) => c.weight < 1)).toBe(true)
  })

  it('passes the rubric contract, with criterion ids unique across all nine templates', () => {
    const all = defaultRubric(ALL_IDS)
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    for (const c of all) {
      const parsed = rubricCriterion.safeParse(c)
      expect(parsed.success, `${c.id}: ${parsed.error?.message}`).toBe(true)
      // Parsing adds nothing: the weight and the level descriptions are already there.
      expect(parsed.data, c.id).toEqual(c)
    }
  })

  it('fits the criteria to the template: one stage for Tuckman, no criterion per role, the factors present', () => {
    const tuckman = defaultCriteria('tuckman')
    expect(tuckman.length).toBeLessThanOrEqual(4)
    const stageSections = ['forming', 'storming', 'norming', 'performing'].map((s) => `tuckman-${s}`)
    expect(tuckman.map((c) => c.id).filter((id) => stageSections.includes(id))).toEqual([])

    const roles = defaultCriteria('roles')
    expect(roles.length).toBeLessThanOrEqual(6)
    const roleSections = TEMPLATES.find((t) => t.id === 'roles')!.sections.map((s) => `roles-${s.key}`)
    expect(roles.map((c) => c.id).filter((id) => roleSections.includes(id))).toEqual([])

    // The three factors found only on the slides are never required: no criterion asks for them by name.
    for (const c of defaultCriteria('therapeuticFactors')) {
      expect(c.id).not.toMatch(/qualityOfRelationship|senseOfHope|catharsis/)
      expect(c.title.en).not.toMatch(/quality of relationship|sense of hope|catharsis/i)
    }
  })

  it('keeps the ids stored grades already reference for fiveC and the ecomap', () => {
    expect(defaultCriteria('fiveC').map((c) => c.id)).toEqual([
      'fiveC-characteristics',
      'fiveC-competence',
      'fiveC-condition',
      'fiveC-change',
      'fiveC-context',
      'fiveC-integration',
    ])
    expect(defaultCriteria('ecomap').map((c) => c.id)).toEqual([
      'ecomap-systems',
      'ecomap-ties',
      'ecomap-imbalance',
      'ecomap-levels',
      'ecomap-intervention',
      'ecomap-influences',
    ])
    expect(defaultCriteria('ecomap').find((c) => c.id === 'ecomap-influences')!.title).toEqual({
      id: 'Pengaruh dari luar kelompok',
      en: 'Influences from outside the group',
    })
  })

  it('grades nothing from outside the module and writes standard Indonesian', () => {
    for (const c of defaultRubric(ALL_IDS)) {
      const { id, en } = texts(c)
      for (const text of [...id, ...en]) expect(text, c.id).not.toMatch(/hartman/i)
      for (const text of id) expect(text, c.id).not.toMatch(NON_STANDARD_ID)
    }
  })

  it('cites the module in every criterion description', () => {
    for (const c of defaultRubric(ALL_IDS)) {
      // A parenthesis naming an author's year (or the module, which cites no author for some lists) and the page.
      expect(c.description.id, c.id).toMatch(/\([^()]*(?:\d{4}|Modul)[^()]*hlm\. \d[^()]*\)/)
      expect(c.description.en, c.id).toMatch(/\([^()]*(?:\d{4}|Modul)[^()]*pp?\. \d[^()]*\)/)
    }
  })
})
