import { access, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseBody, CaseListItem, CaseView } from '../../cases/contracts/http'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi, setupClassWithTeams, unique, type Api } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { removeDataDir } from '../helpers/childServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

const libraryCase = CASE_LIBRARY[0]!

/** A valid own case; `tag` makes its text recognisable. */
function caseBody(tag: string, templates = ['fiveC', 'ecomap']): CaseBody {
  return {
    title: { id: `Kasus ${tag}`, en: `Case ${tag}` },
    summary: { id: `Ringkasan ${tag}`, en: `Summary ${tag}` },
    scenario: { id: `Skenario ${tag}.\n\nParagraf kedua.`, en: `Scenario ${tag}.\n\nSecond paragraph.` },
    templates,
    prompts: [{ id: `Pertanyaan ${tag}?`, en: `Question ${tag}?` }],
  }
}

async function newLecturer(baseUrl = server.url): Promise<{ api: Api; id: string }> {
  const anon = createApi(baseUrl)
  const auth = await anon.registerLecturer({
    name: 'Dosen Kasus',
    email: `${unique('kasus')}@example.test`,
    password: 'kata-sandi-rahasia',
  })
  return { api: anon.as(auth.token), id: auth.user.id }
}

async function createCase(api: Api, body: unknown): Promise<CaseView> {
  const res = await api.request<CaseView>('POST', '/api/cases', body)
  expect(res.status).toBe(201)
  return res.body
}

describe('a lecturer’s own cases', () => {
  it('are created with an own- id, owner and times, listed after the library as editable, and shown in full', async () => {
    const { api, id } = await newLecturer()
    const created = await createCase(api, { ...caseBody('satu'), contentNote: { id: 'Catatan', en: 'Note' } })
    expect(created).toMatchObject({
      id: expect.stringMatching(/^own-/),
      ownerId: id,
      origin: 'own',
      editable: true,
      title: { id: 'Kasus satu', en: 'Case satu' },
      templates: ['fiveC', 'ecomap'],
      contentNote: { id: 'Catatan', en: 'Note' },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    expect(CASE_LIBRARY.some((c) => c.id === created.id)).toBe(false)

    const list = await api.request<CaseListItem[]>('GET', '/api/cases')
    expect(list.body.slice(0, CASE_LIBRARY.length).map((c) => [c.id, c.origin, c.editable])).toEqual(
      CASE_LIBRARY.map((c) => [c.id, 'library', false]),
    )
    expect(list.body.slice(CASE_LIBRARY.length)).toEqual([
      expect.objectContaining({ id: created.id, origin: 'own', editable: true, summary: created.summary }),
    ])
    expect((await api.request<CaseView>('GET', `/api/cases/${created.id}`)).body).toEqual(created)
    expect((await api.request<CaseView>('GET', `/api/cases/${libraryCase.id}`)).body).toMatchObject({
      id: libraryCase.id,
      origin: 'library',
      editable: false,
    })
  })

  it('are replaced by PUT (keeping id, owner and creation time) and removed by DELETE', async () => {
    const { api } = await newLecturer()
    const created = await createCase(api, caseBody('lama'))
    const put = await api.request<CaseView>('PUT', `/api/cases/${created.id}`, caseBody('baru', ['breton']))
    expect(put.status).toBe(200)
    expect(put.body).toMatchObject({
      id: created.id,
      ownerId: created.ownerId,
      createdAt: created.createdAt,
      title: { id: 'Kasus baru', en: 'Case baru' },
      templates: ['breton'],
    })
    expect(put.body.updatedAt! >= created.updatedAt!).toBe(true)
    expect((await api.request<CaseView>('GET', `/api/cases/${created.id}`)).body.title.en).toBe('Case baru')

    expect((await api.request('DELETE', `/api/cases/${created.id}`)).status).toBe(204)
    expect((await api.request('GET', `/api/cases/${created.id}`)).status).toBe(404)
    const ids = (await api.request<CaseListItem[]>('GET', '/api/cases')).body.map((c) => c.id)
    expect(ids).not.toContain(created.id)
  })

  it('reject bad bodies with 400 naming the field, and store nothing', async () => {
    const { api } = await newLecturer()
    const good = caseBody('valid')
    const cases: [unknown, RegExp][] = [
      [{ ...good, title: { id: 'Judul', en: '   ' } }, /^title\.en: /],
      [{ ...good, summary: { id: 'Ringkasan' } }, /^summary\.en: /],
      [{ ...good, scenario: 'only one language' }, /^scenario: /],
      [{ ...good, title: { id: 'x'.repeat(161), en: 'Title' } }, /^title\.id: /],
      [{ ...good, templates: [] }, /^templates: /],
      [{ ...good, templates: ['fiveC', 'noSuchTemplate'] }, /^templates: unknown template "noSuchTemplate"/],
      [{ ...good, prompts: [{ id: 'Tanya?', en: '' }] }, /^prompts\.0\.en: /],
      [{ ...good, contentNote: { id: '', en: 'Note' } }, /^contentNote\.id: /],
    ]
    for (const [body, message] of cases) {
      const res = await api.request<{ error: { code: string; message: string } }>('POST', '/api/cases', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.error.code).toBe('validation')
      expect(res.body.error.message).toMatch(message)
    }
    const created = await createCase(api, good)
    const bad = await api.request('PUT', `/api/cases/${created.id}`, { ...good, title: { id: '', en: '' } })
    expect(bad.status).toBe(400)
    expect((await api.request<CaseView>('GET', `/api/cases/${created.id}`)).body.title).toEqual(good.title)
    const own = (await api.request<CaseListItem[]>('GET', '/api/cases')).body.filter(
      (c) => c.origin === 'own',
    )
    expect(own.map((c) => c.id)).toEqual([created.id])
  })
})

describe('who may see and change a case', () => {
  it('another lecturer gets 404 as for a missing case; library cases are read-only (403); students may not write', async () => {
    const owner = await newLecturer()
    const other = await newLecturer()
    const created = await createCase(owner.api, caseBody('rahasia'))
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!.api
    const anon = createApi(server.url)
    const body = caseBody('ubah')

    for (const api of [other.api, student]) {
      expect((await api.request('GET', `/api/cases/${created.id}`)).status).toBe(404)
      const listed = (await api.request<CaseListItem[]>('GET', '/api/cases')).body.map((c) => c.id)
      expect(listed).toEqual(CASE_LIBRARY.map((c) => c.id))
    }
    expect((await other.api.request('PUT', `/api/cases/${created.id}`, body)).status).toBe(404)
    expect((await other.api.request('DELETE', `/api/cases/${created.id}`)).status).toBe(404)
    expect((await other.api.request('PUT', '/api/cases/own-missing', body)).status).toBe(404)

    expect((await owner.api.request('PUT', `/api/cases/${libraryCase.id}`, body)).status).toBe(403)
    expect((await owner.api.request('DELETE', `/api/cases/${libraryCase.id}`)).status).toBe(403)

    expect((await student.request('POST', '/api/cases', body)).status).toBe(403)
    expect((await student.request('PUT', `/api/cases/${created.id}`, body)).status).toBe(403)
    expect((await student.request('DELETE', `/api/cases/${created.id}`)).status).toBe(403)

    expect((await anon.request('GET', '/api/cases')).status).toBe(401)
    expect((await anon.request('GET', `/api/cases/${created.id}`)).status).toBe(401)
    expect((await anon.request('POST', '/api/cases', body)).status).toBe(401)
    expect((await anon.request('PUT', `/api/cases/${created.id}`, body)).status).toBe(401)
    expect((await anon.request('DELETE', `/api/cases/${created.id}`)).status).toBe(401)

    // Another lecturer cannot assign it either: it is as unknown to them as a missing case.
    const otherClass = await other.api.createClass('Kelas Lain')
    const assign = await other.api.request<{ error: { message: string } }>(
      'POST',
      `/api/classes/${otherClass.id}/assignments`,
      { caseId: created.id, templates: ['fiveC'] },
    )
    expect(assign.status).toBe(400)
    expect(assign.body.error.message).toMatch(/^caseId: unknown case/)

    const after = await owner.api.request<CaseView>('GET', `/api/cases/${created.id}`)
    expect(after.body.title).toEqual(created.title)
  })
})

describe('assigning an own case', () => {
  it('copies its text: editing or deleting the case later leaves the workspace and the export unchanged', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const lecturer = setup.lecturer.api
    const created = await createCase(lecturer, caseBody('asli'))
    const assignment = await lecturer.createAssignment(setup.classId, {
      caseId: created.id,
      templates: ['fiveC'],
    })
    expect(assignment).toMatchObject({ caseId: created.id, title: created.title })
    const workspaceId = assignment.workspaces[0]!.id
    const student = setup.students[0]![0]!.api

    await lecturer.request('PUT', `/api/cases/${created.id}`, caseBody('diubah'))
    const detail = await student.getWorkspace(workspaceId)
    expect(detail.case).toMatchObject({ id: created.id, title: created.title, scenario: created.scenario })
    expect(detail.case.prompts).toEqual(created.prompts)
    expect(JSON.stringify(detail.case)).not.toContain('ownerId')
    const exported = await student.exportWorkspace(workspaceId)
    expect(exported.case).toEqual({
      id: created.id,
      title: created.title,
      summary: created.summary,
      scenario: created.scenario,
    })

    expect((await lecturer.request('DELETE', `/api/cases/${created.id}`)).status).toBe(204)
    expect((await lecturer.getWorkspace(workspaceId)).case.scenario).toEqual(created.scenario)
  })
})

describe('storage', () => {
  const dirs: string[] = []
  afterAll(async () => {
    await Promise.all(dirs.map((d) => removeDataDir(d)))
  })

  it('keeps own cases as cases/<id>.json in the data folder across a restart', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-cases-'))
    dirs.push(dir)
    const first = await startTestServer({}, dir)
    const { api } = await newLecturer(first.url)
    const created = await createCase(api, caseBody('tahan'))
    const edited = (await api.request<CaseView>('PUT', `/api/cases/${created.id}`, caseBody('tahan lama')))
      .body
    const gone = await createCase(api, caseBody('hapus'))
    await api.request('DELETE', `/api/cases/${gone.id}`)
    await first.close()

    const file = JSON.parse(await readFile(path.join(dir, 'cases', `${created.id}.json`), 'utf8')) as CaseView
    expect(file).toMatchObject({ id: created.id, ownerId: created.ownerId, title: edited.title })
    await expect(access(path.join(dir, 'cases', `${gone.id}.json`))).rejects.toThrow()

    const second = await startTestServer({}, dir)
    try {
      const again = createApi(second.url, api.token)
      expect((await again.request<CaseView>('GET', `/api/cases/${created.id}`)).body).toEqual(edited)
      const own = (await again.request<CaseListItem[]>('GET', '/api/cases')).body.filter(
        (c) => c.origin === 'own',
      )
      expect(own.map((c) => c.id)).toEqual([created.id])
    } finally {
      await second.close()
    }
  })
})
