import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HiddenGrade, Rubric, WorkspaceGrade } from '../../cases/contracts/grades'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

type ErrorBody = { error: { code: string; message: string } }

describe('rubrics and grades over REST', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup
  let anon: Api

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    anon = createApi(server.url)
  })
  afterAll(async () => {
    await server.dispose()
  })

  const ws = () => s.workspaceIds[0]!
  const student = (t = 0, i = 0) => s.students[t]![i]!
  const lecturer = () => s.lecturer.api
  /** Callers in a fixed order: no session, other lecturer, other team's student, team student, class lecturer. */
  const callers = () => [anon, other.lecturer.api, student(1).api, student(0).api, lecturer()]
  const statuses = async (method: string, path: string, body?: unknown) => {
    const got: number[] = []
    for (const caller of callers()) got.push((await caller.request(method, path, body)).status)
    return got
  }

  it('builds the default rubric from the assignment’s templates: fiveC’s own, a generic one for the rest', async () => {
    const rubric = (await lecturer().request<Rubric>('GET', `/api/assignments/${s.assignment.id}/rubric`))
      .body
    expect(rubric.isDefault).toBe(true)
    expect(rubric.criteria.map((c) => c.id)).toEqual([
      'fiveC-characteristics',
      'fiveC-competence',
      'fiveC-condition',
      'fiveC-change',
      'fiveC-context',
      'fiveC-integration',
    ])
    expect(rubric.maxPoints).toBe(24)
    const first = rubric.criteria[0]!
    expect(first.title).toEqual({ id: 'Karakteristik kelompok', en: 'Group characteristics' })
    expect(first.description.en).toMatch(/evidence from the case/)
    expect(first.levels.map((l) => [l.id, l.points])).toEqual([
      ['excellent', 4],
      ['good', 3],
      ['adequate', 2],
      ['developing', 1],
      ['missing', 0],
    ])

    const mixed = await lecturer().createAssignment(s.classId, {
      caseId: CASE_LIBRARY[2]!.id,
      templates: ['ecomap', 'tuckman'],
    })
    const ids = (
      await lecturer().request<Rubric>('GET', `/api/assignments/${mixed.id}/rubric`)
    ).body.criteria.map((c) => c.id)
    expect(ids.filter((id) => id.startsWith('ecomap-'))).toContain('ecomap-ties')
    // Tuckman grades the stage the team identified, not each of the four stage sections.
    expect(ids.filter((id) => id.startsWith('tuckman-'))).toEqual([
      'tuckman-stage',
      'tuckman-evidence',
      'tuckman-factors',
    ])
  })

  it('shows the rubric to the class (students always see the criteria) and lets only its lecturers edit it', async () => {
    const path = `/api/assignments/${s.assignment.id}/rubric`
    // Callers: no session, other lecturer, other team's student (same class), team student, class lecturer.
    expect(await statuses('GET', path)).toEqual([401, 403, 200, 200, 200])
    expect((await other.students[0]![0]!.api.request('GET', path)).status).toBe(403)
    const current = (await lecturer().request<Rubric>('GET', path)).body
    const body = { criteria: current.criteria.slice(0, 2) }
    expect(await statuses('PUT', path, body)).toEqual([401, 403, 403, 403, 200])
    const edited = (await student().api.request<Rubric>('GET', path)).body
    expect(edited.isDefault).toBe(false)
    expect(edited.updatedAt).toEqual(expect.any(String))
    expect(edited.criteria.map((c) => c.id)).toEqual(['fiveC-characteristics', 'fiveC-competence'])
    expect(edited.maxPoints).toBe(8)
    // Back to the full default criteria for the grading tests below.
    expect((await lecturer().request('PUT', path, { criteria: current.criteria })).status).toBe(200)
  })

  it('refuses a bad rubric with 400 naming the field', async () => {
    const path = `/api/assignments/${s.assignment.id}/rubric`
    const level = { id: 'ok', label: { id: 'Baik', en: 'Good' }, points: 2 }
    const criterion = {
      id: 'c',
      title: { id: 'J', en: 'T' },
      description: { id: 'D', en: 'D' },
      levels: [level],
    }
    const cases: [unknown, RegExp][] = [
      [{ criteria: [] }, /^criteria/],
      [{ criteria: [criterion, criterion] }, /^criteria: criterion ids must be unique/],
      [{ criteria: [{ ...criterion, levels: [] }] }, /^criteria\.0\.levels/],
      [
        { criteria: [{ ...criterion, levels: [level, level] }] },
        /^criteria\.0\.levels: level ids must be unique/,
      ],
      [
        { criteria: [{ ...criterion, levels: [{ ...level, points: -1 }] }] },
        /^criteria\.0\.levels\.0\.points/,
      ],
      [{ criteria: [{ ...criterion, title: { id: 'J' } }] }, /^criteria\.0\.title\.en/],
      [{ criteria: [{ ...criterion, id: 'no spaces please' }] }, /^criteria\.0\.id/],
    ]
    for (const [body, field] of cases) {
      const res = await lecturer().request<ErrorBody>('PUT', path, body)
      expect(res.status).toBe(400)
      expect(res.body.error.message).toMatch(field)
    }
  })

  it('answers every grade route by who asks', async () => {
    const base = `/api/workspaces/${ws()}/grade`
    const body = { scores: [{ criterionId: 'fiveC-context', levelId: 'good' }] }
    expect(await statuses('PUT', base, body)).toEqual([401, 403, 403, 403, 200])
    expect(await statuses('GET', base)).toEqual([401, 403, 403, 200, 200])
    expect(await statuses('POST', `${base}/release`)).toEqual([401, 403, 403, 403, 200])
    expect(await statuses('POST', `${base}/unrelease`)).toEqual([401, 403, 403, 403, 200])
  })

  it('computes the total and each member’s adjusted score on the server', async () => {
    const [a, b] = [student(0, 0), student(0, 1)]
    const res = await lecturer().request<WorkspaceGrade>('PUT', `/api/workspaces/${ws()}/grade`, {
      scores: [
        { criterionId: 'fiveC-characteristics', levelId: 'excellent', comment: 'Lengkap' },
        { criterionId: 'fiveC-competence', points: 2.5 },
        { criterionId: 'fiveC-condition', levelId: 'developing' },
      ],
      feedback: 'Analisis yang baik; perkuat bukti.',
      adjustments: [
        { studentId: a.id, delta: 2, reason: 'Memimpin diskusi' },
        { studentId: b.id, points: 3, reason: 'Tidak ikut menulis' },
      ],
    })
    expect(res.status).toBe(200)
    const grade = res.body
    expect(grade.total).toBe(7.5)
    expect(grade.maxPoints).toBe(24)
    expect(grade.graded).toBe(true)
    expect(grade.released).toBe(false)
    expect(grade.scores[0]).toEqual({
      criterionId: 'fiveC-characteristics',
      levelId: 'excellent',
      points: 4,
      comment: 'Lengkap',
    })
    expect(grade.members).toEqual([
      expect.objectContaining({ id: a.id, name: a.name, adjustedScore: 9.5 }),
      expect.objectContaining({ id: b.id, name: b.name, adjustedScore: 3 }),
    ])
  })

  it('refuses scores that do not fit the rubric or the team with 400 naming the field', async () => {
    const path = `/api/workspaces/${ws()}/grade`
    const cases: [unknown, RegExp][] = [
      [{ scores: [{ criterionId: 'nope', points: 1 }] }, /^scores\.0\.criterionId/],
      [{ scores: [{ criterionId: 'fiveC-context', levelId: 'nope' }] }, /^scores\.0\.levelId/],
      [{ scores: [{ criterionId: 'fiveC-context', points: 5 }] }, /^scores\.0\.points: must be at most 4/],
      [
        { scores: [{ criterionId: 'fiveC-context', points: 1, levelId: 'good' }] },
        /^scores\.0: give either levelId or points/,
      ],
      [{ scores: [{ criterionId: 'fiveC-context' }] }, /^scores\.0: give either levelId or points/],
      [
        { scores: [], adjustments: [{ studentId: student(1).id, delta: 1, reason: 'x' }] },
        /^adjustments\.0\.studentId/,
      ],
      [
        { scores: [], adjustments: [{ studentId: student().id, delta: 1, reason: '' }] },
        /^adjustments\.0\.reason/,
      ],
      [{}, /^scores/],
    ]
    for (const [body, field] of cases) {
      const res = await lecturer().request<ErrorBody>('PUT', path, body)
      expect({ body, status: res.status }).toEqual({ body, status: 400 })
      expect(res.body.error.message).toMatch(field)
    }
  })

  it('hides scores from students until released, then shows each student only their own adjustment', async () => {
    const path = `/api/workspaces/${ws()}/grade`
    const before = await student().api.request<HiddenGrade>('GET', path)
    expect(before.body).toEqual({ workspaceId: ws(), assignmentId: s.assignment.id, released: false })

    const released = await lecturer().request<WorkspaceGrade>('POST', `${path}/release`)
    expect(released.body.released).toBe(true)
    expect(released.body.releasedAt).toEqual(expect.any(String))
    const seen = (await student().api.request<WorkspaceGrade>('GET', path)).body
    expect(seen.total).toBe(7.5)
    expect(seen.feedback).toBe('Analisis yang baik; perkuat bukti.')
    expect(seen.members).toEqual([
      expect.objectContaining({ id: student().id, name: student().name, adjustedScore: 9.5 }),
    ])
    expect(seen.adjustments.map((x) => x.studentId)).toEqual([student().id])

    await lecturer().request('POST', `${path}/unrelease`)
    const hidden = (await student(0, 1).api.request<Record<string, unknown>>('GET', path)).body
    expect(hidden).toEqual({ workspaceId: ws(), assignmentId: s.assignment.id, released: false })
    expect(hidden).not.toHaveProperty('scores')
  })

  it('cannot release a grade that does not exist yet (409)', async () => {
    const res = await lecturer().request<ErrorBody>(
      'POST',
      `/api/workspaces/${s.workspaceIds[1]}/grade/release`,
    )
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ error: { code: 'conflict', reason: 'grade_missing' } })
    const lecturerView = (
      await lecturer().request<WorkspaceGrade>('GET', `/api/workspaces/${s.workspaceIds[1]}/grade`)
    ).body
    expect(lecturerView).toMatchObject({ graded: false, total: null, scores: [], released: false })
    expect(lecturerView.members.every((m) => m.adjustedScore === null)).toBe(true)
  })

  it('counts only criteria still in the rubric after it is edited', async () => {
    const rubricPath = `/api/assignments/${s.assignment.id}/rubric`
    const rubric = (await lecturer().request<Rubric>('GET', rubricPath)).body
    await lecturer().request('PUT', rubricPath, {
      criteria: rubric.criteria.filter((c) => c.id !== 'fiveC-competence'),
    })
    const grade = (await lecturer().request<WorkspaceGrade>('GET', `/api/workspaces/${ws()}/grade`)).body
    expect(grade.total).toBe(5)
    expect(grade.maxPoints).toBe(20)
    await lecturer().request('PUT', rubricPath, { criteria: rubric.criteria })
  })
})
