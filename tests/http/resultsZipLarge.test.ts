import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResultsManifest } from '../../cases/contracts/results'
import type { Storage } from '../../server/storage/types'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { connectSynced, waitForText } from '../helpers/yclient'

const OLD_BOUND = 50 * 1024 * 1024
/** Text typed in 1.5 MB pieces (under WS_MAX_MESSAGE_BYTES) to a 6 MB document. */
const PIECE = 1_500_000
const PIECES = 4
const VERSIONS = 9

describe('a class results bundle larger than the old 50 MB bound', () => {
  let server: TestServer
  let s: ClassSetup
  /** Which stored versions cannot be read (a failing disk, injected at the storage seam). */
  let unreadable: ((workspaceId: string, version: number) => boolean) | null = null

  beforeAll(async () => {
    const wrap = (storage: Storage): Storage => {
      const get = storage.versions.get.bind(storage.versions)
      storage.versions.get = async (workspaceId, version) => {
        if (unreadable?.(workspaceId, version)) throw new Error('EIO: i/o error, read (injected)')
        return get(workspaceId, version)
      }
      return storage
    }
    server = await startTestServer({ DOCUMENT_SOFT_LIMIT_BYTES: String(8 * 1024 * 1024) }, undefined, wrap)
    s = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const [big, small] = s.workspaceIds as [string, string]
    const client = await connectSynced(server.wsUrl, big, s.students[0]![0]!.token)
    for (let i = 0; i < PIECES; i += 1) client.notes().insert(client.notes().length, `${i}`.repeat(PIECE))
    const expected = client.notes().toString()
    // Saved: a teammate's fresh connection reads all of it.
    const check = await connectSynced(server.wsUrl, big, s.students[0]![0]!.token)
    await waitForText(check.doc, expected, 30_000)
    check.destroy()
    client.destroy()
    for (let v = 0; v < VERSIONS; v += 1) {
      expect((await s.students[0]![0]!.api.request('POST', `/api/workspaces/${big}/submit`)).status).toBe(201)
      expect((await s.lecturer.api.request('POST', `/api/workspaces/${big}/return`)).status).toBe(200)
    }
    expect((await s.students[1]![0]!.api.request('POST', `/api/workspaces/${small}/submit`)).status).toBe(201)
  }, 120_000)
  afterAll(async () => {
    await server.dispose()
  })

  const download = (query = '') =>
    fetch(`${server.url}/api/classes/${s.classId}/results.zip${query}`, {
      headers: { authorization: `Bearer ${s.lecturer.token}` },
    })

  it('streams the whole class, and it unzips completely', async () => {
    const res = await download()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    const total = Object.values(files).reduce((sum, f) => sum + f.byteLength, 0)
    expect(total).toBeGreaterThan(OLD_BOUND)
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as ResultsManifest
    expect(manifest.files).toHaveLength(VERSIONS + 2)
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort())
    for (const row of manifest.files.filter((f) => f.workspaceId === s.workspaceIds[0])) {
      const result = JSON.parse(new TextDecoder().decode(files[row.path])) as {
        templates: { fiveC: { context: { notes: string } } }
      }
      expect(result.templates.fiveC.context.notes).toHaveLength(PIECE * PIECES)
    }
  }, 60_000)

  it('ends the connection when reading fails midway, so the download fails instead of looking complete', async () => {
    unreadable = (workspaceId, version) => workspaceId === s.workspaceIds[0] && version === 2
    try {
      // v1 was on its way (the zip's headers too) before v2 could not be read: whether the connection ends before
      // or after the client read the headers, the download fails.
      await expect(download('?include=versions').then((res) => res.arrayBuffer())).rejects.toThrow()
    } finally {
      unreadable = null
    }
    // Before anything is written, a failure is an ordinary JSON error.
    unreadable = (workspaceId) => workspaceId === s.workspaceIds[0]
    try {
      const res = await download('?include=versions')
      expect(res.status).toBe(500)
      expect(await res.json()).toMatchObject({ error: { code: 'internal' } })
    } finally {
      unreadable = null
    }
  }, 60_000)
})
