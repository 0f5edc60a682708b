import { readFile } from 'node:fs/promises'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ResultsManifest } from '../../cases/contracts/results'
import { EXPORT_SCHEMA_PATH } from '../../cases/export/schema'
import { createApi, setupClassWithTeams, unique, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced } from '../helpers/yclient'
import { EXPORT_FORMAT } from '../../cases/export/envelope'

/** The raw answer of GET results.zip: status, headers, and the zip's files by path when it is one. */
async function fetchZip(server: TestServer, classId: string, token?: string, query = '') {
  const res = await fetch(`${server.url}/api/classes/${classId}/results.zip${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  const bytes = new Uint8Array(await res.arrayBuffer())
  const isZip = res.headers.get('content-type') === 'application/zip'
  return { status: res.status, headers: res.headers, bytes, files: isZip ? unzipSync(bytes) : {} }
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)
const json = (bytes: Uint8Array | undefined) => JSON.parse(text(bytes)) as Record<string, unknown>

describe('class results bundle (results.zip)', () => {
  let server: TestServer
  let s: ClassSetup
  let stranger: Api

  /** Type into a workspace's 5 C notes with a stock client and wait until the server's export shows it. */
  async function typeNotes(workspaceId: string, token: string, words: string) {
    const client = await connectSynced(server.wsUrl, workspaceId, token)
    client.notes().insert(client.notes().length, words)
    await vi.waitFor(async () => {
      const exported = await s.lecturer.api.exportWorkspace(workspaceId)
      expect(exported.templates.fiveC?.context).toMatchObject({ notes: expect.stringContaining(words) })
    })
    client.destroy()
  }

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const other = await createApi(server.url).registerLecturer({
      name: 'Dosen Lain',
      email: `${unique('lain')}@example.test`,
      password: 'kata-sandi-rahasia',
    })
    stranger = createApi(server.url, other.token)
    // A team name that tries to climb out of its folder and slugs like "Tim 1".
    const renamed = await s.lecturer.api.request('PATCH', `/api/classes/${s.classId}/teams/${s.teamIds[1]}`, {
      name: '../Tim 1',
    })
    expect(renamed.status).toBe(200)
    await s.lecturer.api.request('PATCH', `/api/classes/${s.classId}`, { name: 'Kelas Ä / Pagi' })

    const [first] = s.students[0]!
    const [second] = s.students[1]!
    const [ws1, ws2] = s.workspaceIds
    await typeNotes(ws1!, first!.token, 'Versi pertama tim satu.')
    expect((await first!.api.request('POST', `/api/workspaces/${ws1}/submit`)).status).toBe(201)
    expect((await s.lecturer.api.request('POST', `/api/workspaces/${ws1}/return`)).status).toBe(200)
    await typeNotes(ws1!, first!.token, ' Versi kedua.')
    expect((await first!.api.request('POST', `/api/workspaces/${ws1}/submit`)).status).toBe(201)
    await typeNotes(ws2!, second!.token, 'Tim dua belum mengumpulkan.')
  })
  afterAll(() => server.dispose())

  it('is for the class’s lecturers only: no session 401, students and other lecturers 403', async () => {
    expect((await fetchZip(server, s.classId)).status).toBe(401)
    expect((await fetchZip(server, s.classId, s.students[0]![0]!.token)).status).toBe(403)
    expect((await fetchZip(server, s.classId, stranger.token)).status).toBe(403)
    const unknown = await fetchZip(server, 'no-such-class', s.lecturer.token)
    expect(unknown.status).toBe(403)
    expect(json(unknown.bytes)).toMatchObject({ error: { code: 'forbidden' } })
  })

  it('is a zip named after the class with a manifest, every stored version and a live export of open work', async () => {
    const res = await fetchZip(server, s.classId, s.lecturer.token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kelas-a-pagi-results.zip"')
    // The assignment is titled after the first library case, "Dimas dan Sekolah di Ujung Gang".
    expect(s.assignment.title.id).toBe('Dimas dan Sekolah di Ujung Gang')
    const folder = 'dimas-dan-sekolah-di-ujung-gang'
    expect(Object.keys(res.files).sort()).toEqual([
      `${folder}/tim-1-2/live.json`,
      `${folder}/tim-1/v1.json`,
      `${folder}/tim-1/v2.json`,
      'manifest.json',
    ])
    for (const name of Object.keys(res.files)) expect(name).not.toMatch(/\.\.|^\/|\\/)
  })

  it('holds each version exactly as stored and served', async () => {
    const { files } = await fetchZip(server, s.classId, s.lecturer.token)
    const ws = s.workspaceIds[0]!
    const entries = Object.entries(files).filter(([name]) => /\/v\d+\.json$/.test(name))
    expect(entries).toHaveLength(2)
    for (const [name, bytes] of entries) {
      const n = Number(/v(\d+)\.json$/.exec(name)![1])
      const served = await s.lecturer.api.request('GET', `/api/workspaces/${ws}/versions/${n}`)
      expect(json(bytes)).toEqual(served.body)
      const stored = await readFile(path.join(server.dataDir, 'versions', ws, `v${n}.json`), 'utf8')
      expect(text(bytes)).toBe(stored)
    }
    const v2 = json(entries.find(([name]) => name.endsWith('v2.json'))![1])
    expect(v2).toMatchObject({
      version: 2,
      templates: { fiveC: { context: { notes: 'Versi pertama tim satu. Versi kedua.' } } },
    })
  })

  it('lists every file in the manifest with assignment, team, workspace, version and submission time', async () => {
    const { files } = await fetchZip(server, s.classId, s.lecturer.token)
    const manifest = json(files['manifest.json']) as unknown as ResultsManifest
    expect(manifest).toMatchObject({
      format: 'ruang-kasus.results/1',
      class: { id: s.classId, name: 'Kelas Ä / Pagi' },
      include: 'open',
      exportedAt: expect.stringMatching(/Z$/),
    })
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((n) => n !== 'manifest.json')
        .sort(),
    )
    const versions = (
      await s.lecturer.api.request<{ version: number; submittedAt: string }[]>(
        'GET',
        `/api/workspaces/${s.workspaceIds[0]}/versions`,
      )
    ).body
    const rows = manifest.files.filter((f) => f.kind === 'version')
    expect(rows).toEqual(
      versions.map((v) => ({
        path: expect.stringMatching(new RegExp(`/tim-1/v${v.version}\\.json$`)),
        kind: 'version',
        assignment: { id: s.assignment.id, title: s.assignment.title },
        team: { id: s.teamIds[0], name: 'Tim 1' },
        workspaceId: s.workspaceIds[0],
        version: v.version,
        submittedAt: v.submittedAt,
      })),
    )
    expect(manifest.files.find((f) => f.kind === 'live')).toMatchObject({
      team: { id: s.teamIds[1], name: '../Tim 1' },
      workspaceId: s.workspaceIds[1],
      version: null,
      submittedAt: null,
    })
  })

  it('exports the never-submitted team’s live work, and every file validates against the published schema', async () => {
    const { files } = await fetchZip(server, s.classId, s.lecturer.token)
    const live = json(Object.entries(files).find(([name]) => name.endsWith('/live.json'))![1])
    expect(live).toMatchObject({
      format: EXPORT_FORMAT,
      team: { id: s.teamIds[1] },
      templates: { fiveC: { context: { notes: 'Tim dua belum mengumpulkan.' } } },
    })
    const schema = JSON.parse(await readFile(EXPORT_SCHEMA_PATH, 'utf8')) as object
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)
    for (const [name, bytes] of Object.entries(files)) {
      if (name === 'manifest.json') continue
      expect(validate(json(bytes)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })

  it('takes include=versions (no live exports) and include=live (a live export of every workspace); 400 otherwise', async () => {
    const versionsOnly = await fetchZip(server, s.classId, s.lecturer.token, '?include=versions')
    expect(Object.keys(versionsOnly.files).filter((n) => n.endsWith('live.json'))).toEqual([])
    expect(Object.keys(versionsOnly.files)).toHaveLength(3)
    const everything = await fetchZip(server, s.classId, s.lecturer.token, '?include=live')
    const lives = Object.keys(everything.files).filter((n) => n.endsWith('live.json'))
    expect(lives.sort()).toEqual([
      'dimas-dan-sekolah-di-ujung-gang/tim-1-2/live.json',
      'dimas-dan-sekolah-di-ujung-gang/tim-1/live.json',
    ])
    const bad = await fetchZip(server, s.classId, s.lecturer.token, '?include=everything')
    expect(bad.status).toBe(400)
    expect(json(bad.bytes)).toMatchObject({
      error: { code: 'validation', message: expect.stringMatching(/^include/) },
    })
  })
})
