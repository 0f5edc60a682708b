import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { parseCsv } from '../helpers/csv'

const HEADER = ['class', 'team', 'student', 'assignment', 'status', 'score', 'adjustedScore']

describe('gradebook CSV', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const anon = createApi(server.url)
    const lecturer = s.lecturer.api
    // A team named like a formula, with a member named like one.
    const plusTeam = await lecturer.createTeam(s.classId, '+1')
    await anon.join({ joinCode: s.joinCode, name: '=HYPERLINK("x")', teamId: plusTeam.id })
    await anon.join({ joinCode: s.joinCode, name: '@Tanpa Tim' })
    await lecturer.request('PATCH', `/api/classes/${s.classId}`, { name: 'Kelas, "A"' })
  })
  afterAll(async () => {
    await server.dispose()
  })

  const path = () => `/api/classes/${s.classId}/gradebook.csv`

  it('is for the class’s lecturers only', async () => {
    expect((await createApi(server.url).request('GET', path())).status).toBe(401)
    expect((await other.lecturer.api.request('GET', path())).status).toBe(403)
    expect((await s.students[0]![0]!.api.request('GET', path())).status).toBe(403)
    expect((await s.lecturer.api.request('GET', `/api/classes/nope/gradebook.csv`)).status).toBe(403)
  })

  it('is UTF-8 CSV with a BOM and the exact header, one row per student and assignment, empty cells when unscored', async () => {
    const res = await s.lecturer.api.request<string>('GET', path())
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    // fetch's text() strips a leading BOM; the raw bytes keep it.
    const raw = new Uint8Array(
      await (
        await fetch(server.url + path(), { headers: { authorization: `Bearer ${s.lecturer.token}` } })
      ).arrayBuffer(),
    )
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(
      new TextDecoder()
        .decode(raw.slice(3))
        .split('\r\n')[0]!
        .startsWith(`${HEADER.join(',')},`),
    ).toBe(true)

    const rows = parseCsv(res.body.replace(/^\uFEFF/, ''))
    expect(rows[0]!.slice(0, HEADER.length)).toEqual(HEADER)
    const body = rows.slice(1)
    // 2 teams × 2 students, the formula student and the student without a team; one assignment.
    expect(body).toHaveLength(6)
    for (const row of body) {
      expect(row[0]).toBe('Kelas, "A"')
      expect(row[5]).toBe('')
      expect(row[6]).toBe('')
    }
    const first = body.find((r) => r[2] === s.students[0]![0]!.name)!
    expect(first.slice(0, 5)).toEqual([
      'Kelas, "A"',
      'Tim 1',
      s.students[0]![0]!.name,
      s.assignment.title.id,
      'open',
    ])
    const lonerRow = body.find((r) => r[2] === "'@Tanpa Tim")!
    expect(lonerRow[1]).toBe('')
    expect(lonerRow[4]).toBe('')
  })

  it('neutralises cells that would start a formula: =, +, -, @', async () => {
    const text = (await s.lecturer.api.request<string>('GET', path())).body
    expect(text).toContain(`'+1,"'=HYPERLINK(""x"")"`)
    const rows = parseCsv(text.replace(/^\uFEFF/, ''))
    const row = rows.find((r) => r[2]?.includes('HYPERLINK'))!
    expect(row[1]).toBe("'+1")
    expect(row[2]).toBe(`'=HYPERLINK("x")`)
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('fills score and adjusted score once graded, and the status once submitted', async () => {
    const lecturer = s.lecturer.api
    const [a, b] = s.students[0]!
    const graded = await lecturer.request('PUT', `/api/workspaces/${s.workspaceIds[0]}/grade`, {
      scores: [
        { criterionId: 'fiveC-characteristics', levelId: 'good' },
        { criterionId: 'fiveC-context', points: 2 },
      ],
      adjustments: [{ studentId: b!.id, delta: -10, reason: 'Tidak berkontribusi' }],
    })
    expect(graded.status).toBe(200)
    const submitted = await s.students[1]![0]!.api.request(
      'POST',
      `/api/workspaces/${s.workspaceIds[1]}/submit`,
    )
    expect(submitted.status).toBe(201)

    const rows = parseCsv(
      (await lecturer.request<string>('GET', `${path()}?lang=en`)).body.replace(/^\uFEFF/, ''),
    )
    const byName = (name: string) => rows.find((r) => r[2] === name)!
    expect(byName(a!.name).slice(3, 7)).toEqual([s.assignment.title.en, 'open', '5', '5'])
    expect(byName(b!.name).slice(5, 7)).toEqual(['5', '0'])
    expect(byName(s.students[1]![0]!.name).slice(4, 7)).toEqual(['submitted', '', ''])
  })
})
