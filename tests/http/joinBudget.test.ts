import { afterEach, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams, unique } from '../helpers/api'
import { countOf, postFrom } from '../helpers/fromAddress'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

// Documented budgets (README.md, docs/api.md), per client address.
const JOINS_AT_ONCE = 60
const REGISTRATIONS_AT_ONCE = 20

let server: TestServer | undefined
afterEach(async () => {
  await server?.dispose()
  server = undefined
})

/** A class with no students yet, and its lecturer's client. */
async function emptyClass(url: string) {
  return setupClassWithTeams(url, { teams: 2, studentsPerTeam: 0 })
}

describe('successful joins from one address (a campus NAT)', () => {
  it('lets 60 students join at once', async () => {
    server = await startTestServer()
    const setup = await emptyClass(server.url)
    const answers = await Promise.all(
      Array.from({ length: JOINS_AT_ONCE }, (_, i) =>
        createApi(server!.url).request('POST', '/api/join', {
          joinCode: setup.joinCode,
          name: `Mahasiswa ${i}`,
          teamId: setup.teamIds[i % 2],
        }),
      ),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(JOINS_AT_ONCE).fill(201))
    expect((await setup.lecturer.api.getClass(setup.classId)).students).toHaveLength(JOINS_AT_ONCE)
  })

  it('does not let a burst of 400 all in, and says how long to wait', async () => {
    server = await startTestServer()
    const setup = await emptyClass(server.url)
    const answers = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        createApi(server!.url).request('POST', '/api/join', { joinCode: setup.joinCode, name: `Bot ${i}` }),
      ),
    )
    const statuses = answers.map((r) => r.status)
    expect(countOf(statuses, 201)).toBeGreaterThanOrEqual(JOINS_AT_ONCE)
    expect(countOf(statuses, 201)).toBeLessThan(400)
    expect(countOf(statuses, 201) + countOf(statuses, 429)).toBe(400)
    for (const res of answers.filter((r) => r.status === 429)) {
      expect(res.body).toMatchObject({ error: { code: 'too_many_joins' } })
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    // Another network is not held up by this one.
    const elsewhere = await postFrom('127.0.0.2', server.url, '/api/join', {
      joinCode: setup.joinCode,
      name: 'Lain',
    })
    expect(elsewhere.status).toBe(201)
  })

  it(
    'lets 240 students in within two minutes when they honour Retry-After',
    { timeout: 180_000 },
    async () => {
      server = await startTestServer()
      const setup = await emptyClass(server.url)
      const names = Array.from({ length: 240 }, (_, i) => `Mahasiswa ${i}`)
      let refusedFirst = 0
      // 40 students at a time, each retrying after Retry-After like the join page does.
      const workers = Array.from({ length: 40 }, async () => {
        for (let name = names.shift(); name !== undefined; name = names.shift()) {
          for (;;) {
            const res = await createApi(server!.url).request('POST', '/api/join', {
              joinCode: setup.joinCode,
              name,
            })
            if (res.status === 201) break
            expect(res.status).toBe(429)
            expect(res.body).toMatchObject({ error: { code: 'too_many_joins' } })
            refusedFirst += 1
            await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after')) * 1000))
          }
        }
      })
      await Promise.all(workers)
      expect((await setup.lecturer.api.getClass(setup.classId)).students).toHaveLength(240)
      // The budget did act: beyond the first 60 students had to wait their turn.
      expect(refusedFirst).toBeGreaterThan(0)
    },
  )

  it('spends no join token on a failed join', async () => {
    server = await startTestServer()
    const setup = await emptyClass(server.url)
    const api = createApi(server.url)
    // Names taken (409) and a closed team choice or a bad team (4xx) are not successes.
    await api.join({ joinCode: setup.joinCode, name: 'Ani' })
    for (let i = 0; i < 20; i += 1)
      expect((await api.request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Ani' })).status).toBe(
        409,
      )
    const answers = await Promise.all(
      Array.from({ length: JOINS_AT_ONCE - 1 }, (_, i) =>
        api.request('POST', '/api/join', { joinCode: setup.joinCode, name: `Mahasiswa ${i}` }),
      ),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(JOINS_AT_ONCE - 1).fill(201))
  })
})

describe('lecturer registrations from one address', () => {
  it('allows 20 at once, refuses the rest with too_many_signups, and spends nothing on a failed one', async () => {
    server = await startTestServer()
    const api = createApi(server.url)
    const taken = `${unique('dosen')}@example.test`
    await api.registerLecturer({ name: 'Pertama', email: taken, password: 'kata-sandi-rahasia' })
    // An e-mail already registered (409) spends no token.
    for (let i = 0; i < 5; i += 1) {
      const res = await api.request('POST', '/api/auth/register', {
        name: 'Lagi',
        email: taken,
        password: 'kata-sandi-rahasia',
      })
      expect(res.status).toBe(409)
    }
    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        api.request('POST', '/api/auth/register', {
          name: 'Dosen',
          email: `${unique('dosen')}@example.test`,
          password: 'kata-sandi-rahasia',
        }),
      ),
    )
    const statuses = answers.map((r) => r.status)
    // 19 tokens were left after the first registration (20 if the bucket refilled one meanwhile: 10 a minute).
    expect(countOf(statuses, 201)).toBeGreaterThanOrEqual(REGISTRATIONS_AT_ONCE - 1)
    expect(countOf(statuses, 201)).toBeLessThanOrEqual(REGISTRATIONS_AT_ONCE)
    expect(countOf(statuses, 201) + countOf(statuses, 429)).toBe(25)
    for (const res of answers.filter((r) => r.status === 429)) {
      expect(res.body).toMatchObject({ error: { code: 'too_many_signups' } })
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    // Another address still registers.
    const elsewhere = await postFrom('127.0.0.2', server.url, '/api/auth/register', {
      name: 'Dosen Lain',
      email: `${unique('dosen')}@example.test`,
      password: 'kata-sandi-rahasia',
    })
    expect(elsewhere.status).toBe(201)
  })
})
