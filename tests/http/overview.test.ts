import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Y from 'yjs'
import type { ClassOverview } from '../../cases/contracts/overview'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, notesOf } from '../helpers/yclient'

describe('class overview (GET /api/classes/:classId/overview)', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup
  const path = () => `/api/classes/${s.classId}/overview`

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    await server.dispose()
  })

  it('is for the class’s lecturers only: 401 signed out, 403 for students, other lecturers and unknown classes', async () => {
    expect((await createApi(server.url).request('GET', path())).status).toBe(401)
    expect((await s.students[0]![0]!.api.request('GET', path())).status).toBe(403)
    expect((await other.lecturer.api.request('GET', path())).status).toBe(403)
    expect((await s.lecturer.api.request('GET', '/api/classes/nope/overview')).status).toBe(403)
  })

  it('lists every workspace open, unfilled and ungraded at first', async () => {
    const overview = await s.lecturer.api.request<ClassOverview>('GET', path())
    expect(overview.status).toBe(200)
    expect(overview.body.classId).toBe(s.classId)
    expect(overview.body.workspaces.map((w) => w.workspaceId).sort()).toEqual([...s.workspaceIds].sort())
    for (const w of overview.body.workspaces) {
      expect(w).toMatchObject({
        assignmentId: s.assignment.id,
        status: 'open',
        late: false,
        lastSubmission: null,
      })
      expect(w.reviewState).toBe('none')
      expect(w.balance).toBeNull()
      expect(w.indicators).toEqual([])
      expect(w.completion.filled).toBe(0)
      expect(w.completion.total).toBeGreaterThan(0)
      expect(typeof w.lastActivity).toBe('string')
    }
  })

  it('shows a team’s writing, submission and released grade, and leaves the other team as it was', async () => {
    const [first, second] = s.workspaceIds as [string, string]
    const student = s.students[0]![0]!
    const client = await connectSynced(server.wsUrl, first, student.token)
    notesOf(client.doc).insert(0, 'Catatan tim satu.')
    await vi.waitFor(async () => {
      const exported = await student.api.exportWorkspace(first)
      expect(exported.templates.fiveC?.context).toMatchObject({ notes: 'Catatan tim satu.' })
    })
    expect((await student.api.request('POST', `/api/workspaces/${first}/submit`)).status).toBe(201)
    client.destroy()

    const rubric = await s.lecturer.api.getRubric(s.assignment.id)
    const criterion = rubric.criteria[0]!
    await s.lecturer.api.putGrade(first, {
      scores: [{ criterionId: criterion.id, levelId: criterion.levels[0]!.id }],
      adjustments: [],
    })
    const graded = await s.lecturer.api.request<ClassOverview>('GET', path())
    expect(graded.body.workspaces.find((w) => w.workspaceId === first)?.reviewState).toBe('graded')
    await s.lecturer.api.releaseGrade(first)

    const overview = (await s.lecturer.api.request<ClassOverview>('GET', path())).body
    const one = overview.workspaces.find((w) => w.workspaceId === first)!
    expect(one).toMatchObject({ status: 'submitted', reviewState: 'released', late: false })
    expect(one.lastSubmission).toMatchObject({ version: 1, submittedBy: { id: student.id } })
    expect(one.completion.filled).toBe(1)
    // One note by one member (a team of one at that) is no evidence of a pattern: no balance, no indicators.
    expect(one.balance).toBeNull()
    expect(one.indicators).toEqual([])
    expect(one.enoughEvidence).toBe(false)
    expect(Date.parse(one.lastActivity ?? '')).toBeGreaterThan(0)
    const two = overview.workspaces.find((w) => w.workspaceId === second)!
    expect(two).toMatchObject({ status: 'open', reviewState: 'none', lastSubmission: null })
    expect(two.completion.filled).toBe(0)
  })

  it('counts untouched default ecomap systems as nothing done, per template, and gives a team with no members no activity', async () => {
    const c = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const empty = await c.lecturer.api.createTeam(c.classId, 'Tim Kosong')
    const assignment = await c.lecturer.api.createAssignment(c.classId, {
      caseId: CASE_LIBRARY[0]!.id,
      templates: ['fiveC', 'ecomap'],
    })
    const workspaceOf = (teamId: string) => assignment.workspaces.find((w) => w.teamId === teamId)!.id
    const rows = async () =>
      (await c.lecturer.api.request<ClassOverview>('GET', `/api/classes/${c.classId}/overview`)).body
        .workspaces
    const before = await rows()
    const member = before.find((w) => w.workspaceId === workspaceOf(c.teamIds[0]!))!
    // Six default systems are in the document, yet nobody has done anything: 0 of every template.
    expect(member.completion.filled).toBe(0)
    expect(member.progress.ecomap).toMatchObject({ filled: 0 })
    expect(member.progress.fiveC).toMatchObject({ filled: 0 })
    expect(Object.keys(member.progress)).toEqual(['fiveC', 'ecomap'])
    expect(member.progress.fiveC!.total + member.progress.ecomap!.total).toBe(member.completion.total)
    expect(typeof member.lastActivity).toBe('string')
    const nobody = before.find((w) => w.workspaceId === workspaceOf(empty.id))!
    expect(nobody.lastActivity).toBeNull()
    expect(nobody.completion.filled).toBe(0)

    // A student moves one default system: now the ecomap has one filled section, and only that template.
    const student = c.students[0]![0]!
    const client = await connectSynced(server.wsUrl, workspaceOf(c.teamIds[0]!), student.token)
    const systems = client.doc.getMap<Y.Map<Y.Map<unknown>>>('ecomap').get('systems')!
    systems.values().next().value!.set('x', 140)
    await vi.waitFor(async () => {
      const row = (await rows()).find((w) => w.workspaceId === workspaceOf(c.teamIds[0]!))!
      expect(row.progress.ecomap).toMatchObject({ filled: 1 })
      expect(row.progress.fiveC).toMatchObject({ filled: 0 })
    })
    client.destroy()
  })
})
