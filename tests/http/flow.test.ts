import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

describe('a class from registration to workspaces', () => {
  it('answers the health check', async () => {
    const res = await createApi(server.url).request('GET', '/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
    const counters = await createApi(server.url).request('GET', '/healthz?counters')
    expect(counters.body).toMatchObject({ status: 'ok', durability: { failures: 0 } })
  })

  it('gives every team one workspace of a new assignment, and each student sees only their own', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 2 })
    expect(setup.workspaceIds).toHaveLength(2)
    expect(new Set(setup.workspaceIds).size).toBe(2)

    const mine = await setup.students[0]![0]!.api.listWorkspaces()
    expect(mine.map((w) => w.id)).toEqual([setup.workspaceIds[0]])
    expect(mine[0]).toMatchObject({ teamId: setup.teamIds[0], access: 'write', templates: ['fiveC'] })

    const all = await setup.lecturer.api.listWorkspaces()
    expect(all.map((w) => w.id).sort()).toEqual([...setup.workspaceIds].sort())
    expect(all.every((w) => w.access === 'read')).toBe(true)
  })
})
