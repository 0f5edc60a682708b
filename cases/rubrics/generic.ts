import type { RubricCriterion } from '../contracts/grades'
import { bi } from '../i18n/bilingual'
import type { TemplateDef } from '../templates/types'
import { criterion } from './levels'

/**
 * The fallback for templates without a rubric of their own: a criterion per section, judged on its use of the
 * module's concepts and on evidence from the case.
 */
export function genericRubric(template: TemplateDef): RubricCriterion[] {
  return template.sections.map((section) =>
    criterion(
      template.id,
      section.key,
      { ...section.title },
      bi(
        `Bagian "${section.title.id}" dijawab lengkap dan tepat menurut konsep modul (${section.citation ?? template.citation}), dengan bukti dari kasus.`,
        `The "${section.title.en}" section is complete and applies the module's concepts correctly (${section.citation ?? template.citation}), with evidence from the case.`,
      ),
    ),
  )
}
