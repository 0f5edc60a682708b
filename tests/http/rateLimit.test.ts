import { afterEach, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams, unique } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

// Each test gets its own server: the counters are per process, and every request here comes from 127.0.0.1.
let server: TestServer | undefined
afterEach(async () => {
  await server?.dispose()
  server = undefined
})

describe('failed-attempt limits', () => {
  it('never blocks a class of 60 joining from one address, even with a few typos among them', async () => {
    server = await startTestServer()
    const setup = await setupClassWithTeams(server.url, { teams: 3, studentsPerTeam: 0 })
    const api = createApi(server.url)
    const statuses: number[] = []
    for (let i = 0; i < 60; i += 1) {
      if (i % 6 === 0)
        statuses.push(
          (await api.request('POST', '/api/join', { joinCode: 'ZZZ-ZZZ-ZZZ', name: `Typo ${i}` })).status,
        )
      const res = await api.request('POST', '/api/join', {
        joinCode: setup.joinCode,
        name: `Mahasiswa ${i}`,
        teamId: setup.teamIds[i % 3],
      })
      statuses.push(res.status)
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(60)
    expect(statuses.filter((s) => s === 401)).toHaveLength(10)
    expect(statuses).not.toContain(429)
    expect((await setup.lecturer.api.getClass(setup.classId)).students).toHaveLength(60)
  })

  it('blocks 40 wrong join codes in a row from one address with 429 and Retry-After', async () => {
    server = await startTestServer()
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const api = createApi(server.url)
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 40; i += 1) {
      // A different guess each time: the per-address limit must catch what the per-code limit cannot.
      const res = await api.request('POST', '/api/join', {
        joinCode: `ZZZ-ZZZ-${String(i).padStart(3, 'Z')}`,
        name: 'Penebak',
      })
      statuses.push(res.status)
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after')
        expect(res.body).toMatchObject({ error: { code: 'rate_limited' } })
      }
    }
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(Number(retryAfter)).toBeGreaterThan(0)
    // While blocked, even the right code waits: the address is what is limited.
    const right = await api.request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Jujur' })
    expect(right.status).toBe(429)
  })

  it('limits wrong passwords per e-mail address, leaving other accounts usable from the same address', async () => {
    server = await startTestServer()
    const api = createApi(server.url)
    const email = `${unique('dosen')}@example.test`
    const other = `${unique('dosen')}@example.test`
    const password = 'kata-sandi-rahasia'
    await api.registerLecturer({ name: 'Target', email, password })
    await api.registerLecturer({ name: 'Lain', email: other, password })
    const statuses: number[] = []
    for (let i = 0; i < 12; i += 1) {
      statuses.push(
        (await api.request('POST', '/api/auth/login', { email, password: `salah-${i}-xx` })).status,
      )
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    // The right password for that e-mail waits too, …
    expect((await api.request('POST', '/api/auth/login', { email, password })).status).toBe(429)
    // … but the limit is per e-mail: another lecturer on the same campus network still logs in.
    expect(
      (await api.request('POST', '/api/auth/login', { email: other.toUpperCase(), password })).status,
    ).toBe(200)
  })

  it('limits wrong return codes per join code, so a known class code cannot be used to guess students', async () => {
    server = await startTestServer()
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const api = createApi(server.url)
    const statuses: number[] = []
    for (let i = 0; i < 11; i += 1) {
      const returnCode = `AAAAA-AAA${String(i).padStart(2, 'A')}`
      statuses.push(
        (await api.request('POST', '/api/rejoin', { joinCode: setup.joinCode, returnCode })).status,
      )
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it('counts only failures: many successful logins in a row are never limited', async () => {
    server = await startTestServer()
    const api = createApi(server.url)
    const email = `${unique('dosen')}@example.test`
    const password = 'kata-sandi-rahasia'
    await api.registerLecturer({ name: 'Sering', email, password })
    for (let i = 0; i < 15; i += 1) {
      expect((await api.request('POST', '/api/auth/login', { email, password })).status).toBe(200)
    }
  })
})
