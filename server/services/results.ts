import type { FieldComparison } from '../../cases/contracts/compare'
import type { ResultsInclude } from '../../cases/contracts/results'
import { compareField } from './compare'
import type { ServiceContext } from './context'
import type { AuthUser } from './ports'
import { classResultsZip } from './resultsBundle'

/** Class-wide views of the teams' results for lecturers: the results bundle and one field compared across teams. */
export function createResultsService(ctx: ServiceContext) {
  return {
    /** GET /api/classes/:classId/results.zip */
    bundle(user: AuthUser, classId: string, include: ResultsInclude) {
      return classResultsZip(ctx, user, classId, include)
    },
    /** GET /api/assignments/:assignmentId/compare */
    compare(
      user: AuthUser,
      assignmentId: string,
      query: { field: string; source: 'live' | 'submitted' },
    ): Promise<FieldComparison> {
      return compareField(ctx, user, assignmentId, query)
    },
  }
}

/** The results service. */
export type ResultsService = ReturnType<typeof createResultsService>
