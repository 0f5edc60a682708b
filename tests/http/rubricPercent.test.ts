import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rubric, RubricCriterion, WorkspaceGrade } from '../../cases/contracts/grades'
import { CASE_LIBRARY } from '../../cases/library'
import { TEMPLATES } from '../../cases/templates'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { removeDataDir } from '../helpers/childServer'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

const level = (id: string, points: number) => ({ id, label: { id: `L${points}`, en: `L${points}` }, points })

/** Two criteria: one weighing 3 on 0–4 points, one weighing 1 on 0–2 points. */
const weighted = [
  {
    id: 'analysis',
    templateId: null,
    title: { id: 'Analisis', en: 'Analysis' },
    description: { id: 'Analisis kasus', en: 'Case analysis' },
    weight: 3,
    levels: [level('l4', 4), level('l3', 3), level('l0', 0)],
  },
  {
    id: 'form',
    templateId: null,
    title: { id: 'Bentuk', en: 'Form' },
    description: { id: 'Kerapian', en: 'Neatness' },
    levels: [level('l2', 2), level('l1', 1), level('l0', 0)],
  },
]

describe('weighted rubrics: percent, adjusted percent, old rubrics and reset to the template defaults', () => {
  let dataDir: string
  let server: TestServer
  let s: ClassSetup

  const rubricPath = () => `/api/assignments/${s.assignment.id}/rubric`
  const gradePath = () => `/api/workspaces/${s.workspaceIds[0]}/grade`
  // Built on each call: the server restarts on a new port in the middle of the suite.
  const lecturer = () => createApi(server.url, s.lecturer.token)

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-percent-'))
    server = await startTestServer({}, dataDir)
    s = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
  })
  afterAll(async () => {
    await server.close()
    await removeDataDir(dataDir)
  })

  it('gives every criterion of every template’s default rubric a weight and a description on every level', async () => {
    const all = await lecturer().createAssignment(s.classId, {
      caseId: CASE_LIBRARY[0]!.id,
      templates: TEMPLATES.map((t) => t.id),
    })
    const rubric = (await lecturer().request<Rubric>('GET', `/api/assignments/${all.id}/rubric`)).body
    expect(new Set(rubric.criteria.map((c) => c.templateId))).toEqual(new Set(TEMPLATES.map((t) => t.id)))
    for (const c of rubric.criteria) {
      expect(c.weight).toBeGreaterThan(0)
      for (const l of c.levels) {
        expect(l.description?.id.trim()).toBeTruthy()
        expect(l.description?.en.trim()).toBeTruthy()
      }
      expect(c.levels.map((l) => l.points)).toContain(0)
    }
  })

  it('computes percent as Σ weight × points / level maximum over Σ weight, and each member’s adjusted percent', async () => {
    const put = await lecturer().request<Rubric>('PUT', rubricPath(), { criteria: weighted })
    expect(put.status).toBe(200)
    expect(put.body.criteria.map((c) => c.weight)).toEqual([3, 1])
    expect(put.body.maxPoints).toBe(6)
    expect(put.body.criteria[0]!.levels[0]).not.toHaveProperty('description')

    const [a, b] = s.students[0]!
    const graded = await lecturer().request<WorkspaceGrade>('PUT', gradePath(), {
      scores: [
        { criterionId: 'analysis', levelId: 'l3' },
        { criterionId: 'form', levelId: 'l1' },
      ],
      adjustments: [{ studentId: b!.id, delta: -1, reason: 'Jarang hadir' }],
    })
    expect(graded.status).toBe(200)
    // (3 × 3/4 + 1 × 1/2) / 4 = 0.6875; points stay as documented: 4 of 6.
    expect(graded.body).toMatchObject({ total: 4, maxPoints: 6, percent: 68.8 })
    // b: 68.8 % − 1 point of 6 (16.7 %) = 52.1 %
    expect(graded.body.members).toEqual([
      { id: a!.id, name: a!.name, adjustedScore: 4, adjustedPercent: 68.8, adjustedLetter: 'BC' },
      { id: b!.id, name: b!.name, adjustedScore: 3, adjustedPercent: 52.1, adjustedLetter: 'D' },
    ])

    // An unscored criterion counts 0; the percent never leaves 0–100 for a member raised above the maximum.
    const partial = await lecturer().request<WorkspaceGrade>('PUT', gradePath(), {
      scores: [{ criterionId: 'form', levelId: 'l2' }],
      adjustments: [{ studentId: a!.id, points: 100, reason: 'Karya luar biasa' }],
    })
    expect(partial.body.percent).toBe(25)
    expect(partial.body.members.find((m) => m.id === a!.id)?.adjustedPercent).toBe(100)

    // Before release the team sees nothing; after it, their own percent.
    await lecturer().request('POST', `${gradePath()}/release`)
    const seen = await s.students[0]![1]!.api.request<WorkspaceGrade>('GET', gradePath())
    expect(seen.body.percent).toBe(25)
    expect(seen.body.members).toEqual([
      { id: b!.id, name: b!.name, adjustedScore: 2, adjustedPercent: 25, adjustedLetter: 'E' },
    ])
  })

  it('reads a rubric stored before weights and level descriptions as it was: weight 1, same points', async () => {
    await server.close()
    const file = path.join(dataDir, 'rubrics', `${s.assignment.id}.json`)
    const stored = JSON.parse(await readFile(file, 'utf8')) as { criteria: Partial<RubricCriterion>[] }
    for (const c of stored.criteria) delete c.weight
    await writeFile(file, JSON.stringify(stored))
    server = await startTestServer({}, dataDir)

    const rubric = (await lecturer().request<Rubric>('GET', rubricPath())).body
    expect(rubric.criteria.map((c) => [c.id, c.weight])).toEqual([
      ['analysis', 1],
      ['form', 1],
    ])
    const grade = (await lecturer().request<WorkspaceGrade>('GET', gradePath())).body
    // (0/4 + 2/2) / 2
    expect(grade).toMatchObject({ total: 2, maxPoints: 6, percent: 50 })
  })

  it('resets the rubric to the current template defaults for the class’s lecturers only', async () => {
    const student = createApi(server.url, s.students[0]![0]!.token)
    expect((await student.request('POST', `${rubricPath()}/reset`)).status).toBe(403)
    expect((await lecturer().request<Rubric>('GET', rubricPath())).body.isDefault).toBe(false)

    const reset = await lecturer().request<Rubric>('POST', `${rubricPath()}/reset`)
    expect(reset.status).toBe(200)
    expect(reset.body.isDefault).toBe(true)
    expect(reset.body.updatedAt).toBeNull()
    expect(reset.body.criteria.every((c) => c.templateId === 'fiveC')).toBe(true)
    expect(reset.body.criteria.every((c) => c.levels.every((l) => l.description))).toBe(true)
    expect((await lecturer().request<Rubric>('GET', rubricPath())).body).toEqual(reset.body)

    // The old criteria are gone, so their scores no longer count.
    const grade = (await lecturer().request<WorkspaceGrade>('GET', gradePath())).body
    expect(grade).toMatchObject({ total: 0, percent: 0, maxPoints: reset.body.maxPoints })
  })
})
