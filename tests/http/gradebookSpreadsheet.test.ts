import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rubric, WorkspaceGrade } from '../../cases/contracts/grades'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { parseCsv } from '../helpers/csv'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A worksheet's rows as arrays of cells (1-based columns made 0-based). */
function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: ExcelJS.Cell[] = []
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(row.getCell(c))
    rows.push(cells)
  })
  return rows
}

describe('the gradebook for spreadsheets: CSV options and the Excel workbook', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup
  let rubric: Rubric
  let graded: WorkspaceGrade

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const anon = createApi(server.url)
    const lecturer = s.lecturer.api
    const plusTeam = await lecturer.createTeam(s.classId, '+1')
    await anon.join({ joinCode: s.joinCode, name: '=HYPERLINK("x")', teamId: plusTeam.id })
    await anon.join({ joinCode: s.joinCode, name: 'Budi; Ani' })
    await lecturer.request('PATCH', `/api/classes/${s.classId}`, { name: 'Kelas; "Sore"' })
    rubric = (await lecturer.request<Rubric>('GET', `/api/assignments/${s.assignment.id}/rubric`)).body
    const [, b] = s.students[0]!
    const put = await lecturer.request<WorkspaceGrade>('PUT', `/api/workspaces/${s.workspaceIds[0]}/grade`, {
      scores: [
        { criterionId: rubric.criteria[0]!.id, levelId: rubric.criteria[0]!.levels[1]!.id },
        { criterionId: rubric.criteria[1]!.id, points: 1.5 },
      ],
      adjustments: [{ studentId: b!.id, delta: -1, reason: 'Jarang hadir' }],
    })
    expect(put.status).toBe(200)
    graded = put.body
    expect(
      (await lecturer.request('POST', `/api/workspaces/${s.workspaceIds[0]}/grade/release`)).status,
    ).toBe(200)
    expect(
      (await s.students[1]![0]!.api.request('POST', `/api/workspaces/${s.workspaceIds[1]}/submit`)).status,
    ).toBe(201)
  })
  afterAll(async () => {
    await server.dispose()
  })

  const csv = async (query: string) => {
    const res = await s.lecturer.api.request<string>('GET', `/api/classes/${s.classId}/gradebook.csv${query}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    return res.body.replace(/^\uFEFF/, '')
  }

  it('writes the documented columns with semicolons on ?sep=;', async () => {
    const text = await csv('?sep=%3B')
    const rows = parseCsv(text, ';')
    expect(rows[0]).toEqual([
      'class',
      'team',
      'student',
      'assignment',
      'status',
      'score',
      'adjustedScore',
      'maxScore',
      'released',
      'late',
    ])
    expect(text).toContain('"Kelas; ""Sore"""')
    expect(rows.slice(1).every((r) => r[0] === 'Kelas; "Sore"')).toBe(true)
    expect(rows.some((r) => r[2] === 'Budi; Ani')).toBe(true)
    expect(rows.find((r) => r[2]?.includes('HYPERLINK'))!.slice(1, 3)).toEqual(["'+1", `'=HYPERLINK("x")`])
    const a = rows.find((r) => r[2] === s.students[0]![0]!.name)!
    expect(a.slice(4, 10)).toEqual([
      'open',
      String(graded.total),
      String(graded.total),
      String(graded.maxPoints),
      'true',
      'false',
    ])
  })

  it('speaks Indonesian on ?lang=id: headers, statuses, ya/tidak, decimal commas, percent and letter', async () => {
    const rows = parseCsv(await csv('?lang=id&sep=%3B'), ';')
    expect(rows[0]).toEqual([
      'Kelas',
      'Tim',
      'Mahasiswa',
      'Tugas',
      'Status',
      'Skor',
      'Skor disesuaikan',
      'Skor maksimum',
      'Dirilis',
      'Terlambat',
      'Persen',
      'Huruf',
      'Persen disesuaikan',
      'Huruf disesuaikan',
    ])
    const idNumber = (n: number | null) => String(n).replace('.', ',')
    const [a, b] = s.students[0]!
    const memberOf = (id: string) => graded.members.find((m) => m.id === id)!
    const rowA = rows.find((r) => r[2] === a!.name)!
    expect(rowA.slice(3)).toEqual([
      s.assignment.title.id,
      'terbuka',
      idNumber(graded.total),
      idNumber(graded.total),
      idNumber(graded.maxPoints),
      'ya',
      'tidak',
      idNumber(graded.percent),
      graded.letter!,
      idNumber(memberOf(a!.id).adjustedPercent),
      memberOf(a!.id).adjustedLetter!,
    ])
    expect(graded.total).not.toBe(Math.round(graded.total!)) // the decimal comma is really exercised
    const rowB = rows.find((r) => r[2] === b!.name)!
    expect(rowB.slice(12)).toEqual([
      idNumber(memberOf(b!.id).adjustedPercent),
      memberOf(b!.id).adjustedLetter!,
    ])
    expect(rows.find((r) => r[2] === s.students[1]![0]!.name)!.slice(4, 12)).toEqual([
      'dikumpulkan',
      '',
      '',
      idNumber(graded.maxPoints),
      '',
      'tidak',
      '',
      '',
    ])
    // With commas (the default separator), the decimal comma is quoted and the columns still line up.
    const commaRows = parseCsv(await csv('?lang=id'), ',')
    expect(commaRows.find((r) => r[2] === a!.name)!.slice(5, 12)).toEqual(rowA.slice(5, 12))
  })

  it('refuses other languages and separators with 400', async () => {
    for (const query of ['?sep=x', '?sep=%3B%3B', '?sep=%09', '?lang=fr', '?lang=id&sep=|']) {
      const res = await s.lecturer.api.request<{ error: { code: string } }>(
        'GET',
        `/api/classes/${s.classId}/gradebook.csv${query}`,
      )
      expect([query, res.status, res.body.error.code]).toEqual([query, 400, 'validation'])
    }
    expect(
      (await s.lecturer.api.request('GET', `/api/classes/${s.classId}/gradebook.xlsx?lang=fr`)).status,
    ).toBe(400)
  })

  const xlsxPath = () => `/api/classes/${s.classId}/gradebook.xlsx`

  it('gives the workbook to the class’s lecturers only', async () => {
    expect((await createApi(server.url).request('GET', xlsxPath())).status).toBe(401)
    expect((await other.lecturer.api.request('GET', xlsxPath())).status).toBe(403)
    expect((await s.students[0]![0]!.api.request('GET', xlsxPath())).status).toBe(403)
    expect((await s.lecturer.api.request('GET', '/api/classes/nope/gradebook.xlsx')).status).toBe(403)
  })

  async function workbook(query = '') {
    const res = await fetch(server.url + xlsxPath() + query, {
      headers: { authorization: `Bearer ${s.lecturer.token}` },
    })
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await res.arrayBuffer())
    expect(book.worksheets).toHaveLength(1)
    return { res, rows: sheetRows(book.worksheets[0]!) }
  }

  it('reads back in Indonesian: headers, a column per criterion, percent, letter and adjusted values', async () => {
    const { res, rows } = await workbook()
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="buku-nilai-kelas-sore.xlsx"')
    const header = rows[0]!.map((c) => c.value)
    const titles = rubric.criteria.map((c) => c.title.id)
    expect(header).toEqual([
      'Kelas',
      'Tim',
      'Mahasiswa',
      'Tugas',
      'Status',
      ...titles,
      'Skor',
      'Skor maksimum',
      'Persen',
      'Huruf',
      'Skor disesuaikan',
      'Persen disesuaikan',
      'Huruf disesuaikan',
      'Dirilis',
      'Terlambat',
    ])
    // 2 teams × 2 students, the formula student and the student without a team; one assignment.
    expect(rows).toHaveLength(7)
    const col = (name: string) => header.indexOf(name)
    const [a, b] = s.students[0]!
    const rowOf = (name: string) => rows.find((r) => r[col('Mahasiswa')]!.value === name)!
    const rowA = rowOf(a!.name)
    expect(rowA[col('Kelas')]!.value).toBe('Kelas; "Sore"')
    expect(rowA[col('Status')]!.value).toBe('terbuka')
    expect(rowA[col(titles[0]!)]!.value).toBe(rubric.criteria[0]!.levels[1]!.points)
    expect(rowA[col(titles[1]!)]!.value).toBe(1.5)
    expect(rowA[col('Skor')]!.value).toBe(graded.total)
    expect(rowA[col('Skor maksimum')]!.value).toBe(graded.maxPoints)
    expect(rowA[col('Persen')]!.value).toBe(graded.percent)
    expect(rowA[col('Persen')]!.type).toBe(ExcelJS.ValueType.Number)
    expect(rowA[col('Huruf')]!.value).toBe(graded.letter)
    expect(rowA[col('Dirilis')]!.value).toBe('ya')
    const memberB = graded.members.find((m) => m.id === b!.id)!
    const rowB = rowOf(b!.name)
    expect(rowB[col('Skor disesuaikan')]!.value).toBe(memberB.adjustedScore)
    expect(rowB[col('Persen disesuaikan')]!.value).toBe(memberB.adjustedPercent)
    expect(rowB[col('Huruf disesuaikan')]!.value).toBe(memberB.adjustedLetter)
    // Before grading: empty cells, not zeros.
    const ungraded = rowOf(s.students[1]![0]!.name)
    expect(ungraded[col('Status')]!.value).toBe('dikumpulkan')
    for (const name of [titles[0]!, 'Skor', 'Persen', 'Huruf', 'Dirilis'])
      expect([name, ungraded[col(name)]!.value]).toEqual([name, null])
  })

  it('keeps a formula-like name and team as literal text, without the CSV’s quote prefix', async () => {
    const { rows } = await workbook()
    const row = rows.find((r) => String(r[2]!.value).includes('HYPERLINK'))!
    for (const [cell, text] of [
      [row[2]!, '=HYPERLINK("x")'],
      [row[1]!, '+1'],
    ] as const) {
      expect(cell.value).toBe(text)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.formula).toBeUndefined()
    }
  })

  it('has English headers, values and criterion titles on ?lang=en', async () => {
    const { res, rows } = await workbook('?lang=en')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="gradebook-kelas-sore.xlsx"')
    const header = rows[0]!.map((c) => c.value)
    expect(header.slice(0, 5)).toEqual(['Class', 'Team', 'Student', 'Assignment', 'Status'])
    expect(header).toEqual(expect.arrayContaining(rubric.criteria.map((c) => c.title.en)))
    expect(header.slice(-9)).toEqual([
      'Score',
      'Max score',
      'Percent',
      'Letter',
      'Adjusted score',
      'Adjusted percent',
      'Adjusted letter',
      'Released',
      'Late',
    ])
    const rowA = rows.find((r) => r[2]!.value === s.students[0]![0]!.name)!
    expect(rowA[3]!.value).toBe(s.assignment.title.en)
    expect(rowA[4]!.value).toBe('open')
    expect(rowA.at(-2)!.value).toBe('yes')
    expect(rowA.at(-1)!.value).toBe('no')
  })
})
