import { describe, expect, it } from 'vitest'
import { putRubricBody } from '../../cases/contracts/grades'
import { defaultCriteria, defaultRubric } from '../../cases/rubrics'
import { genericRubric } from '../../cases/rubrics/generic'
import { TEMPLATES } from '../../cases/templates'

describe('default rubrics', () => {
  it('give every template criteria a lecturer could save unchanged', () => {
    for (const template of TEMPLATES) {
      const criteria = defaultCriteria(template.id)
      expect(criteria.length, template.id).toBeGreaterThan(0)
      expect(putRubricBody.safeParse({ criteria }).success, template.id).toBe(true)
      for (const c of criteria) expect(c.templateId).toBe(template.id)
    }
  })

  it('write every template from the module; the generic rubric (one criterion per section) stays for a template without one', () => {
    expect(defaultCriteria('fiveC').map((c) => c.id)).toEqual([
      'fiveC-characteristics',
      'fiveC-competence',
      'fiveC-condition',
      'fiveC-change',
      'fiveC-context',
      'fiveC-integration',
    ])
    expect(defaultCriteria('ecomap').map((c) => c.id)).toContain('ecomap-levels')
    // Roles are graded by choice and justification, not one criterion per role.
    expect(defaultCriteria('roles').map((c) => c.id)).toEqual([
      'roles-selection',
      'roles-justification',
      'roles-actions',
      'roles-distinctions',
      'roles-coherence',
    ])
    const unwritten = { ...TEMPLATES.find((t) => t.id === 'roles')!, id: 'futureTemplate' }
    const generic = genericRubric(unwritten)
    expect(generic.map((c) => c.id)).toEqual(unwritten.sections.map((s) => `futureTemplate-${s.key}`))
    expect(putRubricBody.safeParse({ criteria: generic }).success).toBe(true)
  })

  it('combine the templates of an assignment, with unique ids, and hand out fresh copies', () => {
    const all = defaultRubric(TEMPLATES.map((t) => t.id))
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    expect(putRubricBody.safeParse({ criteria: all }).success).toBe(true)
    defaultCriteria('fiveC')[0]!.levels[0]!.points = 99
    expect(defaultCriteria('fiveC')[0]!.levels[0]!.points).toBe(4)
    expect(defaultCriteria('noSuchTemplate')).toEqual([])
  })
})
