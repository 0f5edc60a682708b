import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CreatedInvitation, InvitationSummary } from '../../cases/contracts/invitations'
import type { AuthResponse } from '../../cases/contracts/http'
import { DEMO_EMAIL } from '../../server/seed/demo'
import { issueInvitation, MAX_OPEN_INVITATIONS } from '../../server/services/invitations'
import { openStorage } from '../../server/storage'
import { createApi, setupClassWithTeams, type Api } from '../helpers/api'
import { runCli } from '../helpers/cli'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

const servers: TestServer[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.dispose()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function dataFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-invite-'))
  dirs.push(dir)
  return dir
}

async function start(env: Record<string, string>, dataDir?: string): Promise<TestServer> {
  const server = await startTestServer(env, dataDir)
  servers.push(server)
  return server
}

let counter = 0
const person = (invitation?: string) => {
  counter += 1
  return {
    name: `Dosen ${counter}`,
    email: `dosen${counter}-${process.pid}@kampus.test`,
    password: 'kata-sandi-rahasia',
    ...(invitation ? { invitation } : {}),
  }
}

type Answer = { error?: { code: string } }
const register = (api: Api, invitation?: string) =>
  api.request<AuthResponse & Answer>('POST', '/api/auth/register', person(invitation))

/** The invitation token of a link printed by the CLI or answered by the API. */
const tokenOf = (link: string) =>
  new URL(
    link
      .trim()
      .split('\n')
      .find((l) => l.startsWith('http')) ?? link,
  ).searchParams.get('invite') ?? ''

describe('REGISTRATION=open (the default)', () => {
  it('anyone registers, as before, and /api/registration says so', async () => {
    const server = await start({})
    const anon = createApi(server.url)
    expect((await anon.request('GET', '/api/registration')).body).toEqual({ mode: 'open' })
    expect((await register(anon)).status).toBe(201)
  })
})

describe('REGISTRATION=invite', () => {
  it('the CLI’s link registers a lecturer once; without, with a used or made-up invitation: refused', async () => {
    const dataDir = await dataFolder()
    const made = await runCli('invite', ['--days', '3'], dataDir)
    expect(made.code).toBe(0)
    const token = tokenOf(made.stdout)
    expect(token).toMatch(/^[\w-]{40,}$/)

    const server = await start({ REGISTRATION: 'invite' }, dataDir)
    const anon = createApi(server.url)
    expect((await anon.request('GET', '/api/registration')).body).toEqual({ mode: 'invite' })
    const without = await register(anon)
    expect([without.status, without.body.error?.code]).toEqual([403, 'invitation_required'])
    const madeUp = await register(anon, 'a'.repeat(43))
    expect([madeUp.status, madeUp.body.error?.code]).toEqual([403, 'invitation_invalid'])

    // Two registrations racing with one link: exactly one account is made.
    const raced = await Promise.all([register(anon, token), register(anon, token)])
    expect(raced.map((r) => r.status).sort()).toEqual([201, 403])
    expect(raced.find((r) => r.status === 403)?.body.error?.code).toBe('invitation_invalid')
    const again = await register(anon, token)
    expect([again.status, again.body.error?.code]).toEqual([403, 'invitation_invalid'])
  })

  it('an invitation given back when registration fails (e-mail taken) still works once', async () => {
    const dataDir = await dataFolder()
    const storage = await openStorage({ dataDir, LOG_LEVEL: 'silent' })
    const { token } = await issueInvitation(storage.invitations, null)
    const second = await issueInvitation(storage.invitations, null)
    await storage.close()
    const server = await start({ REGISTRATION: 'invite' }, dataDir)
    const anon = createApi(server.url)
    const first = person(token)
    expect((await anon.request('POST', '/api/auth/register', first)).status).toBe(201)
    const taken = await anon.request<Answer>('POST', '/api/auth/register', {
      ...first,
      invitation: second.token,
    })
    expect([taken.status, taken.body.error?.code]).toEqual([409, 'conflict'])
    expect((await register(anon, second.token)).status).toBe(201)
  })

  it('an expired invitation is refused', async () => {
    const dataDir = await dataFolder()
    const storage = await openStorage({ dataDir, LOG_LEVEL: 'silent' })
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000)
    const { token } = await issueInvitation(storage.invitations, null, 7, eightDaysAgo)
    await storage.close()
    const server = await start({ REGISTRATION: 'invite' }, dataDir)
    const expired = await register(createApi(server.url), token)
    expect([expired.status, expired.body.error?.code]).toEqual([403, 'invitation_invalid'])
  })

  it('lecturers make, list and revoke their own links; students and strangers cannot', async () => {
    const dataDir = await dataFolder()
    const storage = await openStorage({ dataDir, LOG_LEVEL: 'silent' })
    const seeds = await Promise.all([1, 2].map(() => issueInvitation(storage.invitations, null)))
    await storage.close()
    const server = await start({ REGISTRATION: 'invite' }, dataDir)
    const anon = createApi(server.url)
    const ani = anon.as((await register(anon, seeds[0]!.token)).body.token)
    const budi = anon.as((await register(anon, seeds[1]!.token)).body.token)

    const created = await ani.request<CreatedInvitation>('POST', '/api/invitations', {})
    expect(created.status).toBe(201)
    expect(created.body.url).toBe(`${server.url}/register?invite=${created.body.token}`)
    const week = Date.parse(created.body.expiresAt) - Date.now()
    expect(week).toBeGreaterThan(6.9 * 24 * 60 * 60 * 1000)
    expect(week).toBeLessThanOrEqual(7 * 24 * 60 * 60 * 1000)
    const listed = await ani.request<InvitationSummary[]>('GET', '/api/invitations')
    expect(listed.body).toEqual([
      expect.objectContaining({ id: created.body.id, status: 'open', usedAt: null }),
    ])
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token)
    expect((await budi.request<InvitationSummary[]>('GET', '/api/invitations')).body).toEqual([])

    // Someone else's invitation: 404, and it still works afterwards.
    expect((await budi.request('DELETE', `/api/invitations/${created.body.id}`)).status).toBe(404)
    const revocable = await ani.request<CreatedInvitation>('POST', '/api/invitations', { days: 1 })
    expect((await ani.request('DELETE', `/api/invitations/${revocable.body.id}`)).status).toBe(204)
    const revoked = await register(anon, revocable.body.token)
    expect([revoked.status, revoked.body.error?.code]).toEqual([403, 'invitation_invalid'])
    expect((await register(anon, created.body.token)).status).toBe(201)
    const used = await ani.request<InvitationSummary[]>('GET', '/api/invitations')
    expect(used.body).toEqual([expect.objectContaining({ id: created.body.id, status: 'used' })])
    expect((await ani.request('DELETE', `/api/invitations/${created.body.id}`)).status).toBe(409)

    expect((await anon.request('POST', '/api/invitations', {})).status).toBe(401)
    expect((await ani.request('POST', '/api/invitations', { days: 31 })).status).toBe(400)
    const klass = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 }).catch(() => null)
    // setupClassWithTeams registers a lecturer without an invitation: refused in this mode.
    expect(klass).toBeNull()
  })

  it('a lecturer has at most MAX_OPEN_INVITATIONS open invitations at once', async () => {
    const dataDir = await dataFolder()
    const storage = await openStorage({ dataDir, LOG_LEVEL: 'silent' })
    const { token } = await issueInvitation(storage.invitations, null)
    await storage.close()
    const server = await start({ REGISTRATION: 'invite' }, dataDir)
    const anon = createApi(server.url)
    const lecturer = anon.as((await register(anon, token)).body.token)
    const made: CreatedInvitation[] = []
    for (let i = 0; i < MAX_OPEN_INVITATIONS; i++)
      made.push((await lecturer.request<CreatedInvitation>('POST', '/api/invitations', {})).body)
    const over = await lecturer.request<Answer>('POST', '/api/invitations', {})
    expect([over.status, over.body.error?.code]).toEqual([409, 'conflict'])
    // A used one no longer counts.
    expect((await register(anon, made[0]!.token)).status).toBe(201)
    expect((await lecturer.request('POST', '/api/invitations', {})).status).toBe(201)
  })

  it('students get 403 on the invitation routes', async () => {
    const server = await start({})
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!.api
    expect((await student.request('POST', '/api/invitations', {})).status).toBe(403)
    expect((await student.request('GET', '/api/invitations')).status).toBe(403)
  })

  it('the demo is still seeded in invite mode', async () => {
    const server = await start({ REGISTRATION: 'invite', SEED_DEMO: 'true', DEMO_PASSWORD: 'demo-rahasia' })
    const login = await createApi(server.url).request('POST', '/api/auth/login', {
      email: DEMO_EMAIL,
      password: 'demo-rahasia',
    })
    expect(login.status).toBe(200)
  })

  it('the CLI refuses while a server holds the data folder, naming its pid, and says so in its help', async () => {
    const dataDir = await dataFolder()
    await start({ REGISTRATION: 'invite' }, dataDir)
    const refused = await runCli('invite', [], dataDir)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toContain(`pid ${process.pid}`)
    const help = await runCli('invite', ['--help'], dataDir)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Stop the server first/)
    const bad = await runCli('invite', ['--days', '0'], dataDir)
    expect(bad.code).toBe(2)
  })
})
