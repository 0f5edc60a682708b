import type {
  CaseDetail,
  CaseListItem,
  CaseSummary,
  CaseView,
  TemplateSummary,
} from '../../cases/contracts/http'
import { CASE_LIBRARY, findCase } from '../../cases/library'
import type { CaseStudy } from '../../cases/library/types'
import { TEMPLATES } from '../../cases/templates'
import type { CaseRecord } from '../storage/types'
import type { ServiceContext } from './context'
import { refused } from './errors'
import type { AuthUser } from './ports'

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

/** The case text alone, without who owns it or when: what an assignment copies. */
export function caseStudyOf(record: CaseRecord): CaseStudy {
  return { ...caseDetail(record), id: record.id }
}

/** Creation and change times of an own case, when known. */
function times(record: CaseRecord): { createdAt?: string; updatedAt?: string } {
  return {
    ...(record.createdAt ? { createdAt: record.createdAt } : {}),
    ...(record.updatedAt ? { updatedAt: record.updatedAt } : {}),
  }
}

/** A lecturer's own case as its owner sees it. */
export function ownCaseView(record: CaseRecord): CaseView {
  return {
    ...caseDetail(record),
    origin: 'own',
    editable: true,
    ownerId: record.ownerId,
    ...times(record),
  }
}

/** The user's own case with this id, or undefined: another lecturer's case is as good as missing. */
export async function findOwnCase(
  ctx: ServiceContext,
  user: AuthUser,
  caseId: string,
): Promise<CaseRecord | undefined> {
  if (user.role !== 'lecturer') return undefined
  const record = await ctx.storage.cases.get(caseId)
  return record && record.ownerId === user.id ? record : undefined
}

/** The user's own cases, oldest first. */
async function listOwnCases(ctx: ServiceContext, user: AuthUser): Promise<CaseRecord[]> {
  if (user.role !== 'lecturer') return []
  const all = await ctx.storage.cases.list()
  return all
    .filter((c) => c.ownerId === user.id)
    .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id))
}

/**
 * The case library and the templates on offer. Everyone signed in sees the shipped library; a lecturer also
 * sees their own cases, and nobody else's (another lecturer's case answers 404, like a missing one).
 */
export function createLibraryService(ctx: ServiceContext) {
  return {
    async listCases(user: AuthUser): Promise<CaseListItem[]> {
      const library = CASE_LIBRARY.map((c): CaseListItem => ({
        ...caseSummary(c),
        origin: 'library',
        editable: false,
      }))
      const own = (await listOwnCases(ctx, user)).map((c): CaseListItem => ({
        ...caseSummary(c),
        origin: 'own',
        editable: true,
        ...times(c),
      }))
      return [...library, ...own]
    },

    async getCase(user: AuthUser, caseId: string): Promise<CaseView> {
      const shipped = findCase(caseId)
      if (shipped) return { ...caseDetail(shipped), origin: 'library', editable: false }
      const own = await findOwnCase(ctx, user, caseId)
      if (!own) throw refused('case_not_found', 'No case with this id.')
      return ownCaseView(own)
    },

    /** The case text to copy into an assignment (a library case or the user's own), or undefined. */
    async findCase(user: AuthUser, caseId: string): Promise<CaseStudy | undefined> {
      const shipped = findCase(caseId)
      if (shipped) return shipped
      const own = await findOwnCase(ctx, user, caseId)
      return own && caseStudyOf(own)
    },

    listTemplates: (): TemplateSummary[] =>
      TEMPLATES.map((t) => ({ id: t.id, version: t.version, title: t.title, summary: t.summary })),
  }
}

/** The library service. */
export type LibraryService = ReturnType<typeof createLibraryService>
