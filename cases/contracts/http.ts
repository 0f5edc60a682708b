import { z } from 'zod'
import type { WorkspaceContributions } from '../contributions/figures'
import type { AnalysisExport } from '../export/envelope'
import type { Bilingual } from '../i18n/bilingual'
import { CASE_LIMITS } from './caseLimits'
import {
  assignmentInstructions,
  type AssignmentInstructions,
  type SubmitConfirmations,
} from './confirmations'

// ---- Request bodies (validated by the server, typed for the client) ----

const name = z.string().trim().min(1).max(80)
const email = z.string().trim().toLowerCase().max(254).pipe(z.email())
const id = z.string().trim().min(1).max(64)
/** Join and return codes are typed by people: case, spaces and dashes do not matter. */
const code = z
  .string()
  .max(40)
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().min(1))

/** POST /api/auth/register */
export const registerBody = z.object({
  name,
  email,
  password: z.string().min(8).max(200),
  /** The token of an invitation link (`/register?invite=…`); required when REGISTRATION=invite. */
  invitation: z.string().min(1).max(200).optional(),
})
/** POST /api/auth/login */
export const loginBody = z.object({ email, password: z.string().min(1).max(200) })
/** POST /api/classes */
export const createClassBody = z.object({ name })
/** PATCH /api/classes/:classId */
export const updateClassBody = z.object({
  name: name.optional(),
  teamChoiceLocked: z.boolean().optional(),
  archived: z.boolean().optional(),
  /** Students who already have a team may move to another one (false: only a first pick). */
  teamMovesOpen: z.boolean().optional(),
})
/** POST /api/classes/:classId/teams and PATCH /api/classes/:classId/teams/:teamId */
export const teamBody = z.object({ name })
/** PATCH /api/classes/:classId/students/:studentId */
export const updateStudentBody = z.object({ name: name.optional(), teamId: id.nullable().optional() })
/** POST /api/classes/:classId/lecturers */
export const addLecturerBody = z.object({ email })
/** POST /api/join */
export const joinBody = z.object({ joinCode: code, name, teamId: id.optional() })
/** POST /api/rejoin */
export const rejoinBody = z.object({ joinCode: code, returnCode: code })
/** PUT /api/me/team */
export const pickTeamBody = z.object({ teamId: id })
/** POST /api/classes/:classId/assignments */
export const createAssignmentBody = z.object({
  caseId: id,
  templates: z.array(id).min(1).max(20),
  title: z.string().trim().min(1).max(160).optional(),
  dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Submit every still-open workspace automatically at `dueAt` (needs a `dueAt`). */
  lockAtDue: z.boolean().optional(),
  /** The lecturer's instructions, plain text in either or both languages (editable later via the settings). */
  instructions: assignmentInstructions.optional(),
})

/** Parsed request bodies, inferred from their validators. */
export type RegisterBody = z.infer<typeof registerBody>
export type LoginBody = z.infer<typeof loginBody>
export type CreateClassBody = z.infer<typeof createClassBody>
export type UpdateClassBody = z.infer<typeof updateClassBody>
export type TeamBody = z.infer<typeof teamBody>
export type UpdateStudentBody = z.infer<typeof updateStudentBody>
export type AddLecturerBody = z.infer<typeof addLecturerBody>
export type JoinBody = z.input<typeof joinBody>
export type RejoinBody = z.input<typeof rejoinBody>
export type PickTeamBody = z.infer<typeof pickTeamBody>
export type CreateAssignmentBody = z.input<typeof createAssignmentBody>

// ---- Response shapes ----

/** A lecturer as the API shows them. */
export interface LecturerUser {
  id: string
  name: string
  email: string
  role: 'lecturer'
}

/** A student as the API shows them. */
export interface StudentUser {
  id: string
  name: string
  role: 'student'
  classId: string
  teamId: string | null
}

/** Whoever is signed in. */
export type PublicUser = LecturerUser | StudentUser

/** GET /api/session: the signed-in user, or null (always 200). */
export interface SessionResponse {
  user: PublicUser | null
}

/** POST /api/auth/register, /api/auth/login, /api/rejoin */
export interface AuthResponse {
  user: PublicUser
  token: string
}

/** POST /api/join: the return code is shown once. */
export interface JoinResponse {
  user: StudentUser
  token: string
  returnCode: string
}

/** POST /api/classes/:classId/students/:studentId/return-code: the student's new return code, shown once. */
export interface NewReturnCode {
  returnCode: string
}

/** A team of a class. */
export interface Team {
  id: string
  name: string
}

/** A student as their class's lecturers see them. */
export interface ClassStudent {
  id: string
  name: string
  teamId: string | null
  joinedAt: string
}

/** A class in lists. `joinCode` is null when closed; students see no join code. */
export interface ClassSummary {
  id: string
  name: string
  joinCode: string | null
  teamChoiceLocked: boolean
  archived: boolean
  createdAt: string
  /** Students who already have a team may move to another one; false: only a first pick (new classes). */
  teamMovesOpen: boolean
}

/** An assignment: a case given to every team of a class, with the templates to fill. */
export interface Assignment {
  id: string
  classId: string
  caseId: string
  title: Bilingual
  templates: string[]
  dueAt: string | null
  /** Workspaces still open are submitted automatically at `dueAt`. */
  lockAtDue: boolean
  /** The team's students may see their contribution mirror (lecturers always can). */
  showContributionsToTeam: boolean
  /** Every member of a team must confirm before its work is submitted (POST …/submit answers 202 until then). */
  allMustConfirm: boolean
  /** The lecturer's instructions (plain text), when given. */
  instructions?: AssignmentInstructions
  createdAt: string
  workspaces: { id: string; teamId: string }[]
  /** Set when the assignment is a live exercise: its id (GET /api/exercises/:id) and status. */
  exercise?: AssignmentExercise
}

/** The live exercise an assignment carries. */
export interface AssignmentExercise {
  id: string
  status: 'running' | 'paused' | 'ended'
  /** Once ended: whether its time ran out or a lecturer ended it (absent before the end and in older records). */
  endedBy?: 'time' | 'lecturer'
}

/** GET /api/classes/:classId */
export interface ClassDetail extends ClassSummary {
  /** The lecturer who created the class: they remove co-lecturers and can't be removed. */
  ownerId: string
  lecturers: { id: string; name: string; email: string }[]
  teams: (Team & { members: { id: string; name: string }[] })[]
  students: ClassStudent[]
  assignments: Assignment[]
  /** The latest team moves (at most 200 are kept), newest first. */
  teamMoves: TeamMove[]
}

/** A student moved from one team to another, by themselves (PUT /api/me/team) or by a lecturer. */
export interface TeamMove {
  studentId: string
  studentName: string
  fromTeamId: string
  /** The team's name at the time of the move. */
  fromTeamName: string
  toTeamId: string
  toTeamName: string
  by: 'student' | 'lecturer'
  at: string
}

/** What a student sees of their class (GET /api/me/class). */
export interface StudentClassView {
  id: string
  name: string
  teamChoiceLocked: boolean
  /** Whether a student who has a team may move to another one. */
  teamMovesOpen: boolean
  teams: (Team & { members: { id: string; name: string }[] })[]
}

/** GET /api/cases */
export interface CaseSummary {
  id: string
  title: Bilingual
  summary: Bilingual
  templates: string[]
}

/** GET /api/cases/:caseId */
export interface CaseDetail extends CaseSummary {
  scenario: Bilingual
  prompts: Bilingual[]
  source: string
  contentNote?: Bilingual
}

/** GET /api/templates */
export interface TemplateSummary {
  id: string
  version: number
  title: Bilingual
  summary: Bilingual
}

/** GET /api/workspaces (array) and GET /api/workspaces/:id */
export interface WorkspaceSummary {
  id: string
  assignmentId: string
  classId: string
  teamId: string
  teamName: string
  title: Bilingual
  templates: string[]
  dueAt: string | null
  createdAt: string
  /** What the caller may do over the live connection ('read' for students while submitted). */
  access: 'write' | 'read'
  /** 'submitted' while locked for review; 'open' again when the lecturer returns it. */
  status: WorkspaceStatus
  /** Submitted after `dueAt`, or still open after it. */
  late: boolean
  /** The latest submitted version, or null before the first submission. */
  lastSubmission: VersionSummary | null
  /** Whether the team's students may see GET /api/workspaces/:id/contributions (lecturers always may). */
  showContributionsToTeam: boolean
  /** The class is archived: the workspace is read-only for everyone until a lecturer unarchives the class. */
  classArchived?: boolean
  /** Set when the assignment is a live exercise (so a page opened after its start finds the clock). */
  exercise?: AssignmentExercise
  /** The assignment's instructions from the lecturer (plain text), when given. */
  instructions?: AssignmentInstructions
  /** Who has confirmed the submission and who still has to (`required` false: one member's submit is enough). */
  confirmations?: SubmitConfirmations
}

/** Whether a workspace can be edited (open) or is locked for review (submitted). */
export type WorkspaceStatus = 'open' | 'submitted'

/** Who submitted a version: a team member, or `{ id: 'system' }` when locked at the due time. */
export interface Submitter {
  id: string
  name: string
}

export { SYSTEM_SUBMITTER_ID } from './submitter'

/** GET /api/workspaces/:id/versions items, and the answer of POST /api/workspaces/:id/submit (201). */
export interface VersionSummary {
  version: number
  submittedAt: string
  submittedBy: Submitter
}

/** GET /api/workspaces/:id/versions/:n: the stored result, the export envelope plus the version fields. */
export type SubmittedResult = AnalysisExport &
  VersionSummary & {
    /** The team's contribution mirror at submission (results stored before it existed lack it). */
    contributions?: WorkspaceContributions
  }

/** GET /api/workspaces/:id adds the case text copied into the assignment. */
export interface WorkspaceDetail extends WorkspaceSummary {
  case: CaseDetail
  members: { id: string; name: string }[]
  /**
   * The soft size limit of the document's encoded Yjs state (`DOCUMENT_SOFT_LIMIT_BYTES`): the app's client refuses
   * typing and pasting past it. The server refuses updates past twice it. Absent from older servers: no limit.
   */
  documentSoftLimitBytes?: number
}

// ---- Lecturers' own cases (POST /api/cases, PUT /api/cases/:caseId) ----

/** Bilingual text a lecturer types: both languages required, trimmed, at most `max` characters each. */
const bilingualText = (max: number) =>
  z.object({ id: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) })

/**
 * POST /api/cases and PUT /api/cases/:caseId (a whole replacement). Template ids are checked against the
 * template definitions by the server, which answers `templates: unknown template "…"`.
 */
export const caseBody = z.object({
  title: bilingualText(CASE_LIMITS.title),
  summary: bilingualText(CASE_LIMITS.summary),
  scenario: bilingualText(CASE_LIMITS.scenario),
  templates: z.array(id).min(1).max(CASE_LIMITS.templates),
  prompts: z.array(bilingualText(CASE_LIMITS.prompt)).max(CASE_LIMITS.prompts),
  contentNote: bilingualText(CASE_LIMITS.contentNote).nullable().optional(),
  source: z.string().trim().max(CASE_LIMITS.source).optional(),
})

/** A lecturer's own case as sent. */
export type CaseBody = z.input<typeof caseBody>

/** Where a case comes from: the library shipped with the app, or the caller's own. */
export type CaseOrigin = 'library' | 'own'

/** GET /api/cases items: a case summary marked with its origin and whether the caller may edit it. */
export interface CaseListItem extends CaseSummary {
  origin: CaseOrigin
  editable: boolean
  /** Own cases only. */
  createdAt?: string
  updatedAt?: string
}

/** GET /api/cases/:caseId, and the answer of POST and PUT: the full case, marked like the list items. */
export interface CaseView extends CaseDetail {
  origin: CaseOrigin
  editable: boolean
  /** Own cases only. */
  ownerId?: string
  createdAt?: string
  updatedAt?: string
}
