import type { CaseDetail, CaseSummary, TemplateSummary } from '../../cases/contracts/http'
import { CASE_LIBRARY, findCase } from '../../cases/library'
import type { CaseStudy } from '../../cases/library/types'
import { TEMPLATES } from '../../cases/templates'
import { notFound } from './errors'

/** A case as listed. */
export function caseSummary(study: CaseStudy): CaseSummary {
  return { id: study.id, title: study.title, summary: study.summary, templates: study.templates }
}

/** A case with its scenario text. */
export function caseDetail(study: CaseStudy): CaseDetail {
  return {
    ...caseSummary(study),
    scenario: study.scenario,
    prompts: study.prompts,
    source: study.source,
    ...(study.contentNote ? { contentNote: study.contentNote } : {}),
  }
}

/** The case library and the templates on offer. */
export function createLibraryService() {
  return {
    listCases: (): CaseSummary[] => CASE_LIBRARY.map(caseSummary),
    getCase(caseId: string): CaseDetail {
      const study = findCase(caseId)
      if (!study) throw notFound('No case with this id.')
      return caseDetail(study)
    },
    /** The case to copy into an assignment, or undefined. */
    findCase: (caseId: string): CaseStudy | undefined => findCase(caseId),
    listTemplates: (): TemplateSummary[] =>
      TEMPLATES.map((t) => ({ id: t.id, version: t.version, title: t.title, summary: t.summary })),
  }
}

/** The library service. */
export type LibraryService = ReturnType<typeof createLibraryService>
