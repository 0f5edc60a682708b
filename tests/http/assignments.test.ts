import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  Assignment,
  CaseDetail,
  CaseSummary,
  TemplateSummary,
  WorkspaceDetail,
} from '../../cases/contracts/http'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { EXPORT_FORMAT } from '../../cases/export/envelope'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

const firstCase = CASE_LIBRARY[0]!

describe('the library', () => {
  it('lists cases with bilingual titles and summaries, and shows one with its scenario', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const api = setup.students[0]![0]!.api
    const list = await api.request<CaseSummary[]>('GET', '/api/cases')
    expect(list.status).toBe(200)
    expect(list.body.length).toBeGreaterThanOrEqual(2)
    for (const c of list.body) {
      expect(c.title).toEqual({ id: expect.any(String), en: expect.any(String) })
      expect(c.summary).toEqual({ id: expect.any(String), en: expect.any(String) })
    }
    const one = await api.request<CaseDetail>('GET', `/api/cases/${firstCase.id}`)
    expect(one.body.scenario).toEqual(firstCase.scenario)
    expect((await api.request('GET', '/api/cases/no-such-case')).status).toBe(404)
    expect((await createApi(server.url).request('GET', '/api/cases')).status).toBe(401)
  })

  it('lists the templates with id, version and title', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const res = await setup.lecturer.api.request<TemplateSummary[]>('GET', '/api/templates')
    expect(res.body.find((t) => t.id === 'fiveC')).toMatchObject({
      version: expect.any(Number),
      title: { id: expect.any(String), en: expect.any(String) },
    })
  })
})

describe('assignments', () => {
  it('creates one workspace per team, with the case copied into the assignment', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 3, studentsPerTeam: 0 })
    expect(setup.assignment).toMatchObject({
      classId: setup.classId,
      caseId: firstCase.id,
      title: firstCase.title,
      templates: ['fiveC'],
      dueAt: null,
    })
    expect(setup.assignment.workspaces.map((w) => w.teamId)).toEqual(setup.teamIds)
  })

  it('accepts a title and a due date', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const res = await setup.lecturer.api.request<Assignment>(
      'POST',
      `/api/classes/${setup.classId}/assignments`,
      {
        caseId: firstCase.id,
        templates: ['fiveC'],
        title: 'Tugas 2',
        dueAt: '2026-12-01T10:00:00+07:00',
      },
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      title: { id: 'Tugas 2', en: 'Tugas 2' },
      // Stored and shown in UTC (10:00 WIB is 03:00 UTC); clients show it in the viewer's zone.
      dueAt: '2026-12-01T03:00:00.000Z',
    })
  })

  it('refuses unknown templates and cases with 400 naming the field', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const path = `/api/classes/${setup.classId}/assignments`
    const badTemplate = await setup.lecturer.api.request('POST', path, {
      caseId: firstCase.id,
      templates: ['sixD'],
    })
    expect(badTemplate.status).toBe(400)
    expect(badTemplate.body).toMatchObject({
      error: { code: 'validation', message: expect.stringMatching(/^templates: .*sixD/) },
    })
    const badCase = await setup.lecturer.api.request('POST', path, {
      caseId: 'no-such-case',
      templates: ['fiveC'],
    })
    expect(badCase.body).toMatchObject({ error: { message: expect.stringMatching(/^caseId: /) } })
    const none = await setup.lecturer.api.request('POST', path, { caseId: firstCase.id, templates: [] })
    expect(none.body).toMatchObject({ error: { message: expect.stringMatching(/^templates: /) } })
  })

  it('gives a team added later its own workspace for every existing assignment', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const late = await setup.lecturer.api.createTeam(setup.classId, 'Tim Susulan')
    const [assignment] = (await setup.lecturer.api.getClass(setup.classId)).assignments
    const theirs = assignment!.workspaces.find((w) => w.teamId === late.id)
    expect(theirs).toBeDefined()
    expect(theirs!.id).not.toBe(setup.workspaceIds[0])
    const joined = await createApi(server.url).join({
      joinCode: setup.joinCode,
      name: 'Indah',
      teamId: late.id,
    })
    const exported = await createApi(server.url, joined.token).exportWorkspace(theirs!.id)
    expect(exported.templates.fiveC!.context!.notes).toBe('')
  })
})

describe('workspaces', () => {
  it('shows a workspace to its team (write) and the class lecturer (read), with the case and members', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    const id = setup.workspaceIds[0]!
    const asStudent = await setup.students[0]![1]!.api.getWorkspace(id)
    expect(asStudent).toMatchObject({
      id,
      teamId: setup.teamIds[0],
      teamName: 'Tim 1',
      access: 'write',
      classId: setup.classId,
    })
    expect(asStudent.case.scenario).toEqual(firstCase.scenario)
    expect(asStudent.members.map((m) => m.name)).toEqual(['Mahasiswa 1.1', 'Mahasiswa 1.2'])
    const asLecturer = await setup.lecturer.api.request<WorkspaceDetail>('GET', `/api/workspaces/${id}`)
    expect(asLecturer.body.access).toBe('read')
  })

  it('answers 403 for another team’s workspace whether or not it exists', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!.api
    for (const id of [setup.workspaceIds[1], 'does-not-exist']) {
      for (const suffix of ['', '/export']) {
        const res = await student.request('GET', `/api/workspaces/${id}${suffix}`)
        expect(res.status).toBe(403)
        expect(res.body).toEqual({ error: { code: 'forbidden', message: expect.any(String) } })
      }
    }
  })

  it('refuses a lecturer of another class with 403', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    expect((await other.lecturer.api.request('GET', `/api/workspaces/${setup.workspaceIds[0]}`)).status).toBe(
      403,
    )
    expect((await other.lecturer.api.listWorkspaces()).map((w) => w.id)).toEqual(other.workspaceIds)
  })

  it('exports the analysis as JSON in the published shape', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const exported = await setup.students[0]![0]!.api.exportWorkspace(setup.workspaceIds[0]!)
    expect(exported).toMatchObject({
      format: EXPORT_FORMAT,
      workspace: {
        id: setup.workspaceIds[0],
        assignmentId: setup.assignment.id,
        classId: setup.classId,
        className: 'Kelas Uji',
      },
      case: {
        id: firstCase.id,
        title: firstCase.title,
        summary: firstCase.summary,
        scenario: firstCase.scenario,
      },
      team: {
        id: setup.teamIds[0],
        name: 'Tim 1',
        members: [{ name: 'Mahasiswa 1.1' }, { name: 'Mahasiswa 1.2' }],
      },
      exportedAt: expect.any(String),
    })
    expect(Object.keys(exported.templates)).toEqual(['fiveC'])
    expect(typeof exported.templates.fiveC!.context!.notes).toBe('string')
    for (const section of ['characteristics', 'competence', 'condition', 'change', 'context']) {
      expect(exported.templates.fiveC).toHaveProperty(section)
    }
    const asLecturer = await setup.lecturer.api.exportWorkspace(setup.workspaceIds[0]!)
    expect(asLecturer.templates).toEqual(exported.templates)
  })
})
