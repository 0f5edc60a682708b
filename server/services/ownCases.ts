import type { CaseView } from '../../cases/contracts/http'
import { caseBody } from '../../cases/contracts/http'
import { findCase } from '../../cases/library'
import { findTemplate } from '../../cases/templates'
import type { CaseRecord } from '../storage/types'
import { asLecturer, type ServiceContext } from './context'
import { invalid, refused } from './errors'
import { findOwnCase, ownCaseView } from './library'
import { KeyedLock } from './locks'
import type { AuthUser } from './ports'
import { newId } from './secrets'

type ParsedCase = ReturnType<typeof caseBody.parse>

/** Own case ids carry this prefix, so they can never collide with a library id (library ids are kebab-case words). */
export const OWN_CASE_PREFIX = 'own-'

/** The case text of a request body, with its template ids checked against the definitions. */
function caseText(body: ParsedCase) {
  const templates = [...new Set(body.templates)]
  const unknown = templates.find((t) => !findTemplate(t))
  if (unknown !== undefined) throw invalid('templates', `unknown template "${unknown}"`)
  return {
    title: body.title,
    summary: body.summary,
    scenario: body.scenario,
    templates,
    prompts: body.prompts,
    source: body.source ?? '',
    ...(body.contentNote ? { contentNote: body.contentNote } : {}),
  }
}

/**
 * Lecturers' own cases: created, replaced and deleted by their owner only, stored through the CaseStore
 * (cases/<id>.json in the data folder). Library cases are read-only (403); another lecturer's case answers
 * 404, the same as a missing one.
 */
export function createOwnCaseService(ctx: ServiceContext) {
  const locks = new KeyedLock()

  /** The caller's own case, or the right refusal. */
  async function ownedBy(user: AuthUser, caseId: string): Promise<CaseRecord> {
    asLecturer(user)
    if (findCase(caseId)) throw refused('library_case_read_only', 'Library cases cannot be changed.')
    const record = await findOwnCase(ctx, user, caseId)
    if (!record) throw refused('case_not_found', 'No case with this id.')
    return record
  }

  return {
    async create(user: AuthUser, body: ParsedCase): Promise<CaseView> {
      const lecturer = asLecturer(user)
      const now = new Date().toISOString()
      const record: CaseRecord = {
        id: OWN_CASE_PREFIX + newId(),
        ...caseText(body),
        ownerId: lecturer.id,
        createdAt: now,
        updatedAt: now,
      }
      await ctx.storage.cases.put(record)
      return ownCaseView(record)
    },

    update(user: AuthUser, caseId: string, body: ParsedCase): Promise<CaseView> {
      return locks.run(caseId, async () => {
        const current = await ownedBy(user, caseId)
        const record: CaseRecord = {
          id: current.id,
          ...caseText(body),
          ownerId: current.ownerId,
          createdAt: current.createdAt ?? new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        }
        await ctx.storage.cases.put(record)
        return ownCaseView(record)
      })
    },

    remove(user: AuthUser, caseId: string): Promise<void> {
      return locks.run(caseId, async () => {
        await ownedBy(user, caseId)
        await ctx.storage.cases.delete(caseId)
      })
    },
  }
}

/** The own-case service. */
export type OwnCaseService = ReturnType<typeof createOwnCaseService>
