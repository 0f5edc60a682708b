import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SubmittedResult } from '../../cases/contracts/http'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'
import { committedSchemaValidator } from '../templates/setup'
import { connectSynced, waitForText, type YClient } from '../helpers/yclient'

describe('the contribution mirror in a submitted version', () => {
  let server: TestServer
  let setup: ClassSetup
  const clients: YClient[] = []

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.dispose()
  })

  it('is stored with the result, as it was at submission, and the result still validates', async () => {
    const workspaceId = setup.workspaceIds[0]!
    const [ani, budi] = setup.students[0]!
    const aniClient = await connectSynced(server.wsUrl, workspaceId, ani!.token)
    const budiClient = await connectSynced(server.wsUrl, workspaceId, budi!.token)
    clients.push(aniClient, budiClient)
    aniClient.notes().insert(0, 'Analisis kami.')
    await waitForText(budiClient.doc, 'Analisis kami.')

    const submitted = await budi!.api.request('POST', `/api/workspaces/${workspaceId}/submit`)
    expect(submitted.status).toBe(201)
    const version = await setup.lecturer.api.request<SubmittedResult>(
      'GET',
      `/api/workspaces/${workspaceId}/versions/1`,
    )
    expect(version.status).toBe(200)
    const members = version.body.contributions?.members ?? []
    expect(members.map((m) => [m.name, m.charsAdded, m.textPresent])).toEqual([
      [ani!.name, 14, 14],
      [budi!.name, 0, 0],
    ])
    expect(version.body.contributions?.balance).toBe(0)
    const validate = await committedSchemaValidator()
    expect(validate(version.body), JSON.stringify(validate.errors)).toBe(true)
  })
})
