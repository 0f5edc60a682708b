import { getTemplate } from '../../cases/templates/index'
import type { OptionDef, TemplateDef } from '../../cases/templates/types'

/** The old half of Breton's first goal, as version 1 offered it. */
const OLD_GOAL: OptionDef = {
  value: 'changeOppressiveConditions',
  label: {
    id: 'Mengubah perilaku sosial & politik yang menindas',
    en: 'Change oppressive social and political behaviour',
  },
}

/** The three templates as version 1 shipped them, rebuilt from what version 2 declares it retired or added. */
export function version1(id: 'interventionPlan' | 'breton' | 'systems'): TemplateDef {
  const current = getTemplate(id)
  const base = { ...current, version: 1, retiredFields: [], retiredOptions: [] }
  if (id === 'interventionPlan') {
    return {
      ...base,
      sections: current.sections.map((s) => {
        const steps = current.retiredFields?.find((r) => r.section === s.key)?.field
        return { ...s, fields: steps ? [steps, ...s.fields] : s.fields }
      }),
    }
  }
  if (id === 'breton') {
    return {
      ...base,
      sections: current.sections.map((s) => ({
        ...s,
        fields: s.fields.map((f) =>
          f.key === 'goals' && f.kind === 'multiChoice' ? { ...f, options: [...f.options, OLD_GOAL] } : f,
        ),
      })),
    }
  }
  return {
    ...base,
    sections: current.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.key !== 'suiGeneris') })),
  }
}
