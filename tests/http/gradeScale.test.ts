import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HiddenGrade, WorkspaceGrade } from '../../cases/contracts/grades'
import { DEFAULT_GRADE_SCALE, type ClassGradeScale } from '../../cases/grades/scale'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

const level = (id: string, points: number) => ({ id, label: { id: `L${points}`, en: `L${points}` }, points })

/** One criterion on 0–10 points, so points × 10 is the percent. */
const rubric = [
  {
    id: 'analysis',
    templateId: null,
    title: { id: 'Analisis', en: 'Analysis' },
    description: { id: 'Analisis kasus', en: 'Case analysis' },
    levels: [level('l10', 10), level('l5', 5), level('l0', 0)],
  },
]

describe('a class’s grade scale and the letters of a grade', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const put = await s.lecturer.api.request('PUT', `/api/assignments/${s.assignment.id}/rubric`, {
      criteria: rubric,
    })
    expect(put.status).toBe(200)
  })
  afterAll(async () => {
    await server.dispose()
  })

  const scalePath = (classId = s.classId) => `/api/classes/${classId}/grade-scale`
  const gradePath = () => `/api/workspaces/${s.workspaceIds[0]}/grade`

  it('is read and written by the class’s lecturers only', async () => {
    const body = { grades: DEFAULT_GRADE_SCALE.grades }
    expect((await createApi(server.url).request('GET', scalePath())).status).toBe(401)
    expect((await createApi(server.url).request('PUT', scalePath(), body)).status).toBe(401)
    for (const api of [s.students[0]![0]!.api, other.lecturer.api]) {
      expect((await api.request('GET', scalePath())).status).toBe(403)
      expect((await api.request('PUT', scalePath(), body)).status).toBe(403)
    }
    expect((await s.lecturer.api.request('GET', scalePath('nope'))).status).toBe(403)
  })

  it('is the default until a lecturer saves one', async () => {
    const res = await s.lecturer.api.request<ClassGradeScale>('GET', scalePath())
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ classId: s.classId, grades: DEFAULT_GRADE_SCALE.grades, isDefault: true })
  })

  it('rejects a scale whose bounds do not descend or that leaves percents without a letter', async () => {
    const rising = await s.lecturer.api.request<{ error: { code: string; message: string } }>(
      'PUT',
      scalePath(),
      {
        grades: [
          { letter: 'B', min: 50 },
          { letter: 'A', min: 80 },
          { letter: 'E', min: 0 },
        ],
      },
    )
    expect(rising.status).toBe(400)
    expect(rising.body.error.code).toBe('validation')
    expect(rising.body.error.message).toMatch(/^grades: .*descending/)
    const noFloor = await s.lecturer.api.request('PUT', scalePath(), {
      grades: [
        { letter: 'A', min: 80 },
        { letter: 'B', min: 50 },
      ],
    })
    expect(noFloor.status).toBe(400)
    expect((await s.lecturer.api.request<ClassGradeScale>('GET', scalePath())).body.isDefault).toBe(true)
  })

  it('gives no letter before grading, then letters on the default scale for the team and each member', async () => {
    const before = (await s.lecturer.api.request<WorkspaceGrade>('GET', gradePath())).body
    expect(before.letter).toBeNull()
    expect(before.members.map((m) => m.adjustedLetter)).toEqual([null, null])

    const [a, b] = s.students[0]!
    const graded = await s.lecturer.api.request<WorkspaceGrade>('PUT', gradePath(), {
      scores: [{ criterionId: 'analysis', points: 8 }],
      adjustments: [{ studentId: b!.id, delta: -3, reason: 'Jarang hadir' }],
    })
    expect(graded.status).toBe(200)
    expect(graded.body.percent).toBe(80)
    expect(graded.body.letter).toBe('A')
    const byId = new Map(graded.body.members.map((m) => [m.id, m]))
    expect(byId.get(a!.id)).toMatchObject({ adjustedPercent: 80, adjustedLetter: 'A' })
    expect(byId.get(b!.id)).toMatchObject({ adjustedPercent: 50, adjustedLetter: 'D' })

    const lower = await s.lecturer.api.request<WorkspaceGrade>('PUT', gradePath(), {
      scores: [{ criterionId: 'analysis', points: 7.99 }],
      adjustments: [{ studentId: b!.id, delta: -3.01, reason: 'Jarang hadir' }],
    })
    expect(lower.body.percent).toBe(79.9)
    expect(lower.body.letter).toBe('AB')
    expect(lower.body.members.find((m) => m.id === b!.id)).toMatchObject({
      adjustedPercent: 49.8,
      adjustedLetter: 'E',
    })
  })

  it('letters every grade of the class by the scale a lecturer saves, and students see theirs once released', async () => {
    const custom = {
      grades: [
        { letter: 'A', min: 90 },
        { letter: 'B', min: 75.5 },
        { letter: 'T', min: 0 },
      ],
    }
    const put = await s.lecturer.api.request<ClassGradeScale>('PUT', scalePath(), custom)
    expect(put.status).toBe(200)
    expect(put.body).toEqual({ classId: s.classId, ...custom, isDefault: false })
    expect((await s.lecturer.api.request<ClassGradeScale>('GET', scalePath())).body).toEqual(put.body)

    const [a, b] = s.students[0]!
    const lecturerView = (await s.lecturer.api.request<WorkspaceGrade>('GET', gradePath())).body
    expect(lecturerView.letter).toBe('B')
    expect(lecturerView.members.map((m) => m.adjustedLetter)).toEqual(['B', 'T'])

    const hidden = (await a!.api.request<HiddenGrade>('GET', gradePath())).body
    expect(hidden).toEqual({ workspaceId: s.workspaceIds[0], assignmentId: s.assignment.id, released: false })
    expect((await s.lecturer.api.request('POST', `${gradePath()}/release`)).status).toBe(200)
    const seenByB = (await b!.api.request<WorkspaceGrade>('GET', gradePath())).body
    expect(seenByB.letter).toBe('B')
    expect(seenByB.members).toEqual([
      { id: b!.id, name: b!.name, adjustedScore: 4.98, adjustedPercent: 49.8, adjustedLetter: 'T' },
    ])
  })

  it('is kept as it was in an archived class (409 class_archived), still readable', async () => {
    const before = (await s.lecturer.api.request<ClassGradeScale>('GET', scalePath())).body
    expect(
      (await s.lecturer.api.request('PATCH', `/api/classes/${s.classId}`, { archived: true })).status,
    ).toBe(200)
    const put = await s.lecturer.api.request<{ error: { code: string } }>(
      'PUT',
      scalePath(),
      DEFAULT_GRADE_SCALE,
    )
    expect(put.status).toBe(409)
    expect(put.body.error.code).toBe('class_archived')
    expect((await s.lecturer.api.request<ClassGradeScale>('GET', scalePath())).body).toEqual(before)
  })
})
