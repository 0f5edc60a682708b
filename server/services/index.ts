import type { Config } from '../config'
import type { ContributionLedger } from '../contributions/ledger'
import type { DomainEvents } from '../events'
import type { ProgressTracker } from '../exercises/progressTracker'
import type { Logger } from '../logger'
import type { Storage } from '../storage/types'
import { createAccessService } from './access'
import { createAccountService } from './accounts'
import { createAssignmentService } from './assignments'
import { createClassService } from './classes'
import { createCommentService } from './comments'
import { createContext } from './context'
import { createContributionService } from './contributions'
import { createHelpService } from './exerciseHelp'
import { createExerciseOverviewService } from './exerciseOverview'
import { createExerciseService } from './exercises'
import { createGradebookService } from './gradebook'
import { createGradeScaleService } from './gradeScale'
import { createGradeService } from './grades'
import { createJoinService } from './join'
import { createLibraryService } from './library'
import { createOwnCaseService } from './ownCases'
import { createOverviewService } from './overview'
import type { LiveDocuments } from './ports'
import { createResultsService } from './results'
import { cleanUpReviews } from './reviewCleanup'
import { createRubricService } from './rubrics'
import { createSelfCheckService } from './selfCheck'
import { createSessionService } from './sessions'
import { createStudentService } from './students'
import { createHistoryService } from './history'
import { createInvitationService } from './invitations'
import { createSubmissionService } from './submissions'
import { createTeamService } from './teams'
import { createWorkspaceService } from './workspaces'

/** Everything the services need. */
export interface ServiceDeps {
  storage: Storage
  documents: LiveDocuments
  events: DomainEvents
  config: Config
  logger: Logger
  /** The attribution of document updates to members (server/contributions). */
  contributions: ContributionLedger
  /** Progress of live exercises' workspaces (server/exercises), for the overview on demand. */
  progress: ProgressTracker
  /** The server secret (SECRET_FILE): keys the stored return codes' HMAC. */
  secret: Buffer
}

/** The use cases shared by HTTP and the real-time layer (which sees only `access`, see ports.ts). */
export function createServices(deps: ServiceDeps) {
  const { progress, ...shared } = deps
  const ctx = createContext(shared)
  const sessions = createSessionService(ctx)
  const access = createAccessService(ctx, sessions)
  const library = createLibraryService(ctx)
  cleanUpReviews(ctx)
  const assignments = createAssignmentService(ctx, library)
  const exercises = createExerciseService(ctx, assignments)
  const invitations = createInvitationService(ctx)
  return {
    access,
    sessions,
    invitations,
    accounts: createAccountService(ctx, sessions, invitations),
    classes: createClassService(ctx, sessions),
    teams: createTeamService(ctx),
    students: createStudentService(ctx, sessions),
    join: createJoinService(ctx, sessions),
    library,
    ownCases: createOwnCaseService(ctx),
    assignments,
    exercises,
    help: createHelpService(ctx, exercises),
    exerciseOverview: createExerciseOverviewService(ctx, exercises, progress),
    workspaces: createWorkspaceService(ctx, access),
    comments: createCommentService(ctx, access),
    rubrics: createRubricService(ctx),
    grades: createGradeService(ctx, access),
    gradebook: createGradebookService(ctx),
    gradeScale: createGradeScaleService(ctx),
    overview: createOverviewService(ctx),
    submissions: createSubmissionService(ctx, access),
    history: createHistoryService(ctx, access),
    contributions: createContributionService(ctx, access),
    selfCheck: createSelfCheckService(ctx, access),
    results: createResultsService(ctx),
  }
}

/** The services object. */
export type Services = ReturnType<typeof createServices>
