import type { RubricCriterion } from '../contracts/grades'
import type { TemplateDef } from '../templates/types'
import { criterion, type CriterionText } from './levels'

/** What work at each level looks like, in words that fit any section. */
export const GENERIC_LEVELS: CriterionText['levels'] = {
  excellent: [
    'Lengkap dan tepat menurut konsep modul; setiap klaim didukung bukti dari kasus.',
    "Complete and correct by the module's concepts; every claim rests on evidence from the case.",
  ],
  good: [
    'Sebagian besar lengkap dan tepat; satu atau dua klaim kurang didukung bukti dari kasus.',
    'Mostly complete and correct; one or two claims lack evidence from the case.',
  ],
  adequate: [
    'Dijawab sebagian; konsep modul dipakai secara umum dengan sedikit bukti dari kasus.',
    "Partly answered; the module's concepts are used in general terms, with little evidence from the case.",
  ],
  developing: [
    'Sangat sedikit, atau konsep modul dipakai keliru; hampir tanpa bukti dari kasus.',
    "Very little, or the module's concepts are misused; almost no evidence from the case.",
  ],
  missing: ['Tidak dijawab.', 'Not answered.'],
}

/**
 * The fallback for templates without a rubric of their own: a criterion per section, judged on its use of the
 * module's concepts and on evidence from the case.
 */
export function genericRubric(template: TemplateDef): RubricCriterion[] {
  return template.sections.map((section) =>
    criterion(template.id, {
      key: section.key,
      title: [section.title.id, section.title.en],
      description: [
        `Bagian "${section.title.id}" dijawab lengkap dan tepat menurut konsep modul (${section.citation ?? template.citation}), dengan bukti dari kasus.`,
        `The "${section.title.en}" section is complete and applies the module's concepts correctly (${section.citation ?? template.citation}), with evidence from the case.`,
      ],
      levels: GENERIC_LEVELS,
    }),
  )
}
