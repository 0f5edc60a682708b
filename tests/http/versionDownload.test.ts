import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SubmittedResult, VersionSummary } from '../../cases/contracts/http'
import { EXPORT_FORMAT } from '../../cases/export/envelope'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

describe('a downloaded version is named after its class, team and assignment', () => {
  let server: TestServer
  let setup: ClassSetup
  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(() => server.dispose())

  it('GET /versions/:n sends Content-Disposition "<class>-<team>-<assignment>-v<n>.json", slugged', async () => {
    const ws = setup.workspaceIds[0]!
    const member = setup.students[0]![0]!.api
    expect((await member.request<VersionSummary>('POST', `/api/workspaces/${ws}/submit`)).status).toBe(201)
    for (const api of [member, setup.lecturer.api]) {
      const res = await api.request<SubmittedResult>('GET', `/api/workspaces/${ws}/versions/1`)
      expect(res.status).toBe(200)
      const title = res.body.workspace.title.id
      const titleSlug = title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
      expect(titleSlug.length).toBeGreaterThan(0)
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="kelas-uji-tim-1-${titleSlug.slice(0, 60).replace(/-+$/, '')}-v1.json"`,
      )
      // The body is still the stored JSON the app reads.
      expect(res.body).toMatchObject({ version: 1, format: EXPORT_FORMAT })
    }
  })
})
