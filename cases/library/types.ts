import type { Bilingual } from '../i18n/bilingual'

/** A teaching case: fictional and non-identifying, in Indonesian and English. */
export interface CaseStudy {
  /** Stable kebab-case id. */
  id: string
  title: Bilingual
  /** One or two sentences for the library list. */
  summary: Bilingual
  /** The full scenario the team analyses (paragraphs separated by blank lines). */
  scenario: Bilingual
  /** Ids of the templates this case suits best. */
  templates: string[]
  /** Discussion prompts for the team. */
  prompts: Bilingual[]
  /** Where the module describes the situation this case is built from. */
  source: string
  /** A content note shown before the scenario, when the topic needs care. */
  contentNote?: Bilingual
}
