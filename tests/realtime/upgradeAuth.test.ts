import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

/** Try an upgrade and resolve with the HTTP status: 101 when it was accepted. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    ws.on('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0)
      req.destroy()
    })
    ws.on('open', () => {
      resolve(101)
      ws.close()
    })
    ws.on('error', (error) => reject(error))
  })
}

describe('who may open a live document', () => {
  let server: TestServer
  let setup: ClassSetup
  let other: ClassSetup
  let sessionCookie: string

  beforeAll(async () => {
    server = await startTestServer()
    setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const login = await createApi(server.url).request('POST', '/api/auth/login', {
      email: setup.lecturer.email,
      password: setup.lecturer.password,
    })
    sessionCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(sessionCookie).toMatch(/^rk_session=/)
  })
  afterAll(() => server.dispose())

  const docUrl = (workspaceId: string, token?: string) =>
    `${server.wsUrl}/yjs/${workspaceId}${token ? `?token=${encodeURIComponent(token)}` : ''}`

  it('a member of the team is let in', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!, setup.students[0]![0]!.token))).toBe(101)
  })

  it('an upgrade without a token is refused with 401', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!))).toBe(401)
  })

  it('an upgrade with an unknown token is refused with 401', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!, 'not-a-real-token'))).toBe(401)
  })

  it('a student of another team is refused with 403', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!, setup.students[1]![0]!.token))).toBe(403)
  })

  it('a student of another class is refused with 403', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!, other.students[0]![0]!.token))).toBe(403)
  })

  it('a lecturer of another class is refused with 403', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!, other.lecturer.token))).toBe(403)
  })

  it('a workspace that does not exist answers 403, the same as a foreign one', async () => {
    const token = setup.students[0]![0]!.token
    expect(await upgradeStatus(docUrl('no-such-workspace', token))).toBe(403)
    expect(await upgradeStatus(docUrl('%E0%A4%A', token))).toBe(403)
  })

  it('the session cookie works from the page’s own origin', async () => {
    const host = new URL(server.url).host
    const status = await upgradeStatus(docUrl(setup.workspaceIds[0]!), {
      cookie: sessionCookie,
      origin: `http://${host}`,
    })
    expect(status).toBe(101)
  })

  it('the session cookie from another origin is refused with 403', async () => {
    const status = await upgradeStatus(docUrl(setup.workspaceIds[0]!), {
      cookie: sessionCookie,
      origin: 'http://evil.example',
    })
    expect(status).toBe(403)
  })

  it('the session cookie without an Origin header is refused with 403', async () => {
    expect(await upgradeStatus(docUrl(setup.workspaceIds[0]!), { cookie: sessionCookie })).toBe(403)
  })

  it('upgrades on other paths get 404', async () => {
    expect(await upgradeStatus(`${server.wsUrl}/elsewhere`)).toBe(404)
  })
})
