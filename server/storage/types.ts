import type { ExerciseEndReason, HelpRequest } from '../../cases/contracts/exercises'
import type { SubmittedResult, TeamMove, VersionSummary } from '../../cases/contracts/http'
import type { AssignmentInstructions } from '../../cases/contracts/confirmations'
import type { Bilingual } from '../../cases/i18n/bilingual'
import type { CaseStudy } from '../../cases/library/types'
import type { GradeScale } from '../../cases/grades/scale'
import type { ContributionStore } from './contributionTypes'
import type { SnapshotStore } from './historyTypes'
import type { SelfCheckStore } from './selfCheckTypes'
import type { InvitationStore } from './invitationTypes'
import type { CommentStore, GradeStore, RubricStore } from './reviewTypes'

export type * from './reviewTypes'
export type * from './contributionTypes'
export type * from './selfCheckTypes'
export type * from './historyTypes'

/** A registered lecturer. */
export interface LecturerRecord {
  id: string
  name: string
  email: string
  /** `scrypt$N$r$p$salt$hash`, see services/passwords.ts. */
  passwordHash: string
  createdAt: string
}

/** A signed-in session; only the token's SHA-256 is stored. */
export interface SessionRecord {
  tokenHash: string
  userId: string
  role: 'lecturer' | 'student'
  createdAt: string
  expiresAt: string
}

/** A team of a class. */
export interface TeamRecord {
  id: string
  name: string
  createdAt: string
}

/** A student, who exists only inside one class. */
export interface StudentRecord {
  id: string
  name: string
  teamId: string | null
  /** The personal return code as `hmac-sha256:<hex>` under the server secret (SHA-256 hex in older data). */
  returnCodeHash: string
  joinedAt: string
}

/** An assignment; the case text is a copy taken when it was assigned. */
export interface AssignmentRecord {
  id: string
  caseId: string
  title: Bilingual
  case: CaseStudy
  templates: string[]
  dueAt: string | null
  /** Submit every still-open workspace automatically at `dueAt` (absent in records that predate it). */
  lockAtDue?: boolean
  /** When the due-time lock ran, so it runs once (a restart after it, or a return, does not lock again). */
  dueLockedAt?: string
  /** The team's students may see their contribution mirror (absent in older records: no). */
  showContributionsToTeam?: boolean
  /** Every member must confirm before the team's work is submitted (absent in older records: no). */
  allMustConfirm?: boolean
  /** The lecturer's instructions, plain text (absent: none). */
  instructions?: AssignmentInstructions
  createdAt: string
  createdBy: string
  /** Set when the assignment is a live exercise (its clock and status; see server/exercises). */
  exercise?: ExerciseRecord
}

/** The clock of a live exercise, stored in its assignment so a restart re-arms it. */
export interface ExerciseRecord {
  id: string
  status: 'running' | 'paused' | 'ended'
  /** When it ends while running; null while paused or ended. */
  endsAt: string | null
  /** Time left when paused (kept while paused; 0 once ended). */
  remainingMs: number
  durationMs: number
  startedAt: string
  startedBy: string
  endedAt: string | null
  /** Why it ended: its time ran out, or a lecturer ended it (absent in older records and before the end). */
  endedBy?: ExerciseEndReason
  /** When every workspace was submitted after the end (so the end's submissions run once, even across a restart). */
  submittedAt: string | null
  /** Help requests ("raised hands"), open ones and the latest acknowledged (absent in older records: none). */
  help?: HelpRequest[]
}

/** One team's workspace for one assignment. */
export interface WorkspaceRecord {
  id: string
  assignmentId: string
  teamId: string
  createdAt: string
  /** 'submitted' while locked for review; absent means 'open' (records that predate submissions). */
  status?: 'open' | 'submitted'
  /** The latest submission, kept beside the status so lists need not read the version files. */
  lastSubmission?: VersionSummary
  /** Members who confirmed the submission while the assignment requires everyone's (cleared at submit and return). */
  confirmations?: { id: string; name: string; at: string }[]
}

/** An immutable submitted version: the result (export envelope + version fields) and the Yjs state of then. */
export interface StoredVersion extends VersionSummary {
  /** The export envelope with `version`, `submittedAt` and `submittedBy`, as served and published. */
  result: SubmittedResult
  /** `Y.encodeStateAsUpdate` of the document at submission (for history and restoring later). */
  state: Uint8Array
}

/** A class with everything in it: stored as one small file. */
export interface ClassRecord {
  id: string
  name: string
  joinCode: string | null
  /** Codes this class had before (closed or regenerated): still good for rejoining with a return code. */
  pastJoinCodes?: string[]
  teamChoiceLocked: boolean
  /** Students who have a team may move to another; absent in classes created before it (they stay open). */
  teamMovesOpen?: boolean
  /** The latest team moves, oldest first, bounded (services/teamMoves.ts). */
  teamMoves?: TeamMove[]
  /** The class's own grade scale; absent means the default (cases/grades/scale.ts), so older classes need no upgrade. */
  gradeScale?: GradeScale
  archived: boolean
  ownerId: string
  lecturerIds: string[]
  createdAt: string
  teams: TeamRecord[]
  students: StudentRecord[]
  assignments: AssignmentRecord[]
  workspaces: WorkspaceRecord[]
}

/** A workspace's live document as stored: the Yjs state is the source of truth. */
export interface StoredDocument {
  /** `Y.encodeStateAsUpdate` of the whole document. */
  state: Uint8Array
  /** Ids of the templates this workspace uses (its structure is upgraded from them on load). */
  templates: string[]
  /** Yjs client id → id of the member who first sent updates under it. */
  clientOwners: Record<string, string>
  /** Readable JSON projection of the analysis, written beside the state; never read back into the doc. */
  projection: unknown
  updatedAt: string
}

/** Lecturer accounts. */
export interface LecturerStore {
  get(id: string): Promise<LecturerRecord | undefined>
  findByEmail(email: string): Promise<LecturerRecord | undefined>
  /** Every lecturer (a small list: used by the demo seed to tell an empty data folder). */
  list(): Promise<LecturerRecord[]>
  put(record: LecturerRecord): Promise<void>
}

/** Sessions by token hash. */
export interface SessionStore {
  get(tokenHash: string): Promise<SessionRecord | undefined>
  put(record: SessionRecord): Promise<void>
  delete(tokenHash: string): Promise<void>
  deleteForUser(userId: string): Promise<void>
}

/** Classes, each an aggregate written as a whole. */
export interface ClassStore {
  get(id: string): Promise<ClassRecord | undefined>
  list(): Promise<ClassRecord[]>
  put(record: ClassRecord): Promise<void>
  delete(id: string): Promise<void>
  /** The class whose open join code is this normalised code (no dashes, upper case). */
  findByJoinCode(joinCode: string): Promise<ClassRecord | undefined>
  /** The class a student belongs to. */
  findByStudent(studentId: string): Promise<ClassRecord | undefined>
  /** The class holding this workspace. */
  findByWorkspace(workspaceId: string): Promise<ClassRecord | undefined>
  /** Classes this lecturer teaches (owner or co-lecturer). */
  listForLecturer(lecturerId: string): Promise<ClassRecord[]>
}

/** A lecturer's own case. The timestamps are optional only because records predate them. */
export type CaseRecord = CaseStudy & { ownerId: string; createdAt?: string; updatedAt?: string }

/** Lecturer-authored cases (the shipped library lives in cases/library). */
export interface CaseStore {
  get(id: string): Promise<CaseRecord | undefined>
  list(): Promise<CaseRecord[]>
  put(record: CaseRecord): Promise<void>
  delete(id: string): Promise<void>
}

/** One record of a workspace's update log: an update applied to its document, and who sent it. */
export interface LoggedUpdate {
  /** The Yjs update, exactly as applied. */
  update: Uint8Array
  /** The authenticated member whose connection sent it (attribution and client-id binding survive replay); null for the server's own changes. */
  memberId: string | null
}

/** Log records of several workspaces, made durable together in one group commit. */
export type LogBatch = ReadonlyMap<string, readonly LoggedUpdate[]>

/** A stored document as loaded: the snapshot, and the log records appended after it, to replay on top of it. */
export interface LoadedDocument extends StoredDocument {
  /** Records not yet covered by the snapshot, oldest first (replaying a covered one again changes nothing). */
  log: LoggedUpdate[]
}

/** What the update log holds to replay at start. */
export interface Replayable {
  /** Workspaces with records no snapshot covers yet. */
  workspaceIds: string[]
  /** Bytes of torn records (writes a crash cut short) dropped from the ends of the log; 0 when none. */
  tornBytes: number
}

/**
 * Workspace documents as an append-only update log and its compaction, a snapshot per workspace. An update is
 * appended (durable: it survives SIGKILL and power loss) before anyone else sees it; a workspace's snapshot is
 * written from time to time and then cuts that workspace's records it covers.
 */
export interface DocumentStore {
  /** The snapshot and the log records after it; undefined when the workspace has no document. */
  load(workspaceId: string): Promise<LoadedDocument | undefined>
  /**
   * Store a snapshot durably, then cut the log records appended before this call (the caller reads the
   * document's state just before calling, after applying every record it appended).
   */
  store(workspaceId: string, doc: StoredDocument): Promise<void>
  /** Append the records of every workspace in the batch; resolves once all of them are durable. */
  append(batch: LogBatch): Promise<void>
  /** What the log holds that no snapshot covers yet (replayed and compacted at start). */
  replayable(): Promise<Replayable>
  /** Delete the snapshot, its projection and the log. */
  delete(workspaceId: string): Promise<void>
}

/** Submitted versions: one file per version, written once, never changed. */
export interface VersionStore {
  /** Store version `version.version` of a workspace; rejects when that version already exists. */
  create(workspaceId: string, version: StoredVersion): Promise<void>
  get(workspaceId: string, version: number): Promise<StoredVersion | undefined>
  /** Every version of a workspace, oldest first. */
  list(workspaceId: string): Promise<VersionSummary[]>
  /** Delete every version of a workspace (when the workspace itself is deleted). */
  deleteAll(workspaceId: string): Promise<void>
}

/**
 * Thrown by DocumentStore.load when a workspace's document file is damaged and no good version of it exists:
 * the damaged file is in the quarantine and reported by Storage.problems(); the workspace is not served.
 */
export class DocumentUnavailableError extends Error {
  constructor(readonly workspaceId: string) {
    super(`The document of workspace ${workspaceId} is unavailable (damaged; see the quarantine)`)
  }
}

/**
 * Something wrong with the stored data that an operator should see (the same shape as server/health.ts's
 * HealthProblem): a damaged file moved to the quarantine, naming the file and what it affects.
 */
export interface StorageProblem {
  /** `DAMAGED_FILE` (replaced by its previous version) or `RECORD_UNAVAILABLE` (no good version existed). */
  code: string
  message: string
  /** The damaged file's path under the data folder. */
  subject?: string
  /** When it was found (ISO). */
  since: string
}

/** Thrown by VersionStore.create when the version already exists (versions are immutable). */
export class VersionExistsError extends Error {}

/**
 * When the data was last restored from a backup. A restore brings back older documents while members'
 * devices hold newer work; for a while after it the server merges that work instead of refusing it (see
 * docs/realtime.md, "After a restore from a backup").
 */
export interface RestoreMarker {
  /** The time of the last restore (ISO), or null when this data was never restored. */
  get(): Promise<string | null>
  /** Record a restore made at `at` (the restore command calls it once the restored files are in place). */
  mark(at: string): Promise<void>
}

/** Everything the server stores, behind small interfaces (lowdb files now, PostgreSQL later). */
export interface Storage {
  lecturers: LecturerStore
  sessions: SessionStore
  classes: ClassStore
  cases: CaseStore
  documents: DocumentStore
  versions: VersionStore
  /** Comment threads, rubrics and grades: review data kept outside the students' documents. */
  comments: CommentStore
  rubrics: RubricStore
  grades: GradeStore
  /** Contribution counters per workspace (who wrote how much; see server/contributions). */
  contributions: ContributionStore
  /** Snapshots of workspace documents (history), each in its own file. */
  history: SnapshotStore
  /** Members' stage self-checks (Tuckman) per workspace. */
  selfChecks: SelfCheckStore
  /** Invitations to register as a lecturer (REGISTRATION=invite). */
  invitations: InvitationStore
  /** When the data was last restored from a backup. */
  restore: RestoreMarker
  /** Write something small durably and remove it: resolves once writes work (used to notice a disk with space again). */
  probeWrite(): Promise<void>
  /**
   * Damaged files found (at start or when read), until an operator clears them (for lowdb: by removing them from
   * `DATA_DIR/quarantine/`, see docs/operations.md); read at every look, so keep it cheap.
   */
  problems(): StorageProblem[]
  /** Wait for pending writes and release files. */
  close(): Promise<void>
}
