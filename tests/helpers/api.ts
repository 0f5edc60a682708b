import type { CommentAnchor, CommentThread } from '../../cases/contracts/comments'
import type { HiddenGrade, Rubric, WorkspaceGrade } from '../../cases/contracts/grades'
import type {
  Assignment,
  AuthResponse,
  ClassDetail,
  ClassSummary,
  CreateAssignmentBody,
  JoinResponse,
  Team,
  WorkspaceDetail,
  WorkspaceSummary,
} from '../../cases/contracts/http'
import type { AnalysisExport } from '../../cases/export/envelope'
import { CASE_LIBRARY } from '../../cases/library'

/** A raw HTTP answer: status, parsed JSON body (or text) and headers. */
export interface ApiResponse<T = unknown> {
  status: number
  body: T
  headers: Headers
}

/** Thrown by the typed methods when the server answers with an unexpected status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} → ${status} ${JSON.stringify(body)}`)
  }
}

/** Error codes of a 429 that means "too many successes from this address at once": worth waiting for. */
const BUSY_CODES = ['too_many_joins', 'too_many_signups']

/** Is this answer a 429 that asks a legitimate caller to come back after Retry-After? */
function isBusyAnswer(res: ApiResponse): boolean {
  const body = res.body as { error?: { code?: unknown } } | undefined
  return res.status === 429 && BUSY_CODES.includes(String(body?.error?.code))
}

/** A small typed REST client for tests; `token` is sent as a Bearer token when set. */
export function createApi(baseUrl: string, token?: string) {
  async function request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const all: Record<string, string> = { ...headers }
    if (token && !Object.keys(all).some((k) => k.toLowerCase() === 'authorization')) {
      all.authorization = `Bearer ${token}`
    }
    let payload: string | undefined
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body)
      all['content-type'] ??= 'application/json'
    }
    const res = await fetch(baseUrl + path, { method, headers: all, body: payload })
    const text = await res.text()
    let parsed: unknown = text
    if (text && (res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text)
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  /** Call and insist on one status; return the typed body. */
  async function expect<T>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const res = await request<T>(method, path, body)
    if (res.status !== status) throw new ApiError(res.status, res.body, `${method} ${path}`)
    return res.body
  }

  /** As `expect`, but a 429 for too many successes from this address (joins, registrations) waits Retry-After. */
  async function expectHonouringRetryAfter<T>(status: number, method: string, path: string, body?: unknown) {
    for (;;) {
      const res = await request<T>(method, path, body)
      if (res.status === status) return res.body
      const wait = Number(res.headers.get('retry-after'))
      if (!isBusyAnswer(res) || !(wait > 0)) throw new ApiError(res.status, res.body, `${method} ${path}`)
      await new Promise((resolve) => setTimeout(resolve, wait * 1000))
    }
  }

  return {
    baseUrl,
    token,
    request,
    /** The same client with another token. */
    as: (other?: string) => createApi(baseUrl, other),
    registerLecturer: (body: { name: string; email: string; password: string }) =>
      expectHonouringRetryAfter<AuthResponse>(201, 'POST', '/api/auth/register', body),
    loginLecturer: (body: { email: string; password: string }) =>
      expect<AuthResponse>(200, 'POST', '/api/auth/login', body),
    createClass: (name: string) => expect<ClassSummary>(201, 'POST', '/api/classes', { name }),
    listClasses: () => expect<ClassSummary[]>(200, 'GET', '/api/classes'),
    getClass: (classId: string) => expect<ClassDetail>(200, 'GET', `/api/classes/${classId}`),
    createTeam: (classId: string, name: string) =>
      expect<Team>(201, 'POST', `/api/classes/${classId}/teams`, { name }),
    join: (body: { joinCode: string; name: string; teamId?: string }) =>
      expectHonouringRetryAfter<JoinResponse>(201, 'POST', '/api/join', body),
    rejoin: (body: { joinCode: string; returnCode: string }) =>
      expect<AuthResponse>(200, 'POST', '/api/rejoin', body),
    pickTeam: (teamId: string) => expect<unknown>(200, 'PUT', '/api/me/team', { teamId }),
    createAssignment: (classId: string, body: CreateAssignmentBody) =>
      expect<Assignment>(201, 'POST', `/api/classes/${classId}/assignments`, body),
    listWorkspaces: () => expect<WorkspaceSummary[]>(200, 'GET', '/api/workspaces'),
    getWorkspace: (id: string) => expect<WorkspaceDetail>(200, 'GET', `/api/workspaces/${id}`),
    exportWorkspace: (id: string) => expect<AnalysisExport>(200, 'GET', `/api/workspaces/${id}/export`),
    listComments: (workspaceId: string) =>
      expect<CommentThread[]>(200, 'GET', `/api/workspaces/${workspaceId}/comments`),
    createComment: (workspaceId: string, anchor: CommentAnchor, body: string) =>
      expect<CommentThread>(201, 'POST', `/api/workspaces/${workspaceId}/comments`, { anchor, body }),
    replyToComment: (threadId: string, body: string) =>
      expect<CommentThread>(201, 'POST', `/api/comments/${threadId}/replies`, { body }),
    getRubric: (assignmentId: string) =>
      expect<Rubric>(200, 'GET', `/api/assignments/${assignmentId}/rubric`),
    putGrade: (workspaceId: string, body: unknown) =>
      expect<WorkspaceGrade>(200, 'PUT', `/api/workspaces/${workspaceId}/grade`, body),
    getGrade: (workspaceId: string) =>
      expect<WorkspaceGrade | HiddenGrade>(200, 'GET', `/api/workspaces/${workspaceId}/grade`),
    releaseGrade: (workspaceId: string) =>
      expect<WorkspaceGrade>(200, 'POST', `/api/workspaces/${workspaceId}/grade/release`),
  }
}

/** The client createApi returns. */
export type Api = ReturnType<typeof createApi>

let counter = 0
/** A unique suffix so several setups share one server without clashing. */
export function unique(prefix: string): string {
  counter += 1
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`
}

/** What setupClassWithTeams made. */
export interface ClassSetup {
  lecturer: { token: string; id: string; email: string; password: string; api: Api }
  classId: string
  joinCode: string
  teamIds: string[]
  /** students[t][s]: the s-th student of team t. */
  students: { token: string; id: string; name: string; teamId: string; returnCode: string; api: Api }[][]
  assignment: Assignment
  /** Workspace ids of the fiveC assignment, in team order. */
  workspaceIds: string[]
}

/** Register a lecturer, create a class with teams and students, and assign the first library case with fiveC. */
export async function setupClassWithTeams(
  baseUrl: string,
  opts: { teams?: number; studentsPerTeam?: number } = {},
): Promise<ClassSetup> {
  const teams = opts.teams ?? 2
  const perTeam = opts.studentsPerTeam ?? 2
  const anon = createApi(baseUrl)
  const email = `${unique('dosen')}@example.test`
  const password = 'kata-sandi-rahasia'
  const auth = await anon.registerLecturer({ name: 'Dosen Uji', email, password })
  const lecturerApi = anon.as(auth.token)
  const klass = await lecturerApi.createClass('Kelas Uji')
  const teamIds: string[] = []
  for (let t = 0; t < teams; t += 1) teamIds.push((await lecturerApi.createTeam(klass.id, `Tim ${t + 1}`)).id)
  const students: ClassSetup['students'] = []
  for (const [t, teamId] of teamIds.entries()) {
    const members: ClassSetup['students'][number] = []
    for (let s = 0; s < perTeam; s += 1) {
      const name = `Mahasiswa ${t + 1}.${s + 1}`
      const joined = await anon.join({ joinCode: klass.joinCode ?? '', name, teamId })
      members.push({
        token: joined.token,
        id: joined.user.id,
        name,
        teamId,
        returnCode: joined.returnCode,
        api: anon.as(joined.token),
      })
    }
    students.push(members)
  }
  const firstCase = CASE_LIBRARY[0]
  if (!firstCase) throw new Error('The case library is empty')
  const assignment = await lecturerApi.createAssignment(klass.id, {
    caseId: firstCase.id,
    templates: ['fiveC'],
  })
  const workspaceIds = teamIds.map((teamId) => {
    const ws = assignment.workspaces.find((w) => w.teamId === teamId)
    if (!ws) throw new Error(`No workspace for team ${teamId}`)
    return ws.id
  })
  return {
    lecturer: { token: auth.token, id: auth.user.id, email, password, api: lecturerApi },
    classId: klass.id,
    joinCode: klass.joinCode ?? '',
    teamIds,
    students,
    assignment,
    workspaceIds,
  }
}
