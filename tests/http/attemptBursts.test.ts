import { afterEach, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams, unique } from '../helpers/api'
import { countOf, postFrom } from '../helpers/fromAddress'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

// Documented limits (README.md, docs/api.md): failures within 15 minutes.
const PER_ADDRESS = 30
const PER_ADDRESS_AND_TARGET = 10
const PER_TARGET = 200

const PASSWORD = 'kata-sandi-rahasia'
const STRANGER = '127.0.0.2'

// Each test gets its own server: the counters live in the process.
let server: TestServer | undefined
afterEach(async () => {
  await server?.dispose()
  server = undefined
})

/** `n` copies of one request sent at once from `address`; the statuses, and every 429 checked on the way. */
async function burst(address: string, path: string, bodyOf: (i: number) => unknown, n = 100) {
  const answers = await Promise.all(
    Array.from({ length: n }, (_, i) => postFrom(address, server!.url, path, bodyOf(i))),
  )
  for (const res of answers.filter((r) => r.status === 429)) {
    expect(res.body.error?.code).toBe('rate_limited')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
  }
  return answers.map((r) => r.status)
}

async function lecturer(url: string) {
  const email = `${unique('dosen')}@example.test`
  await createApi(url).registerLecturer({ name: 'Dosen', email, password: PASSWORD })
  return email
}

describe('failed attempts are counted before the work', () => {
  it('100 parallel wrong logins for one e-mail from one address: at most 10 × 401, the rest 429', async () => {
    server = await startTestServer()
    const email = await lecturer(server.url)
    const statuses = await burst('127.0.0.1', '/api/auth/login', (i) => ({ email, password: `salah-${i}` }))
    expect(countOf(statuses, 401)).toBe(PER_ADDRESS_AND_TARGET)
    expect(countOf(statuses, 429)).toBe(100 - PER_ADDRESS_AND_TARGET)
    // The right password waits too from that address…
    const right = await postFrom('127.0.0.1', server.url, '/api/auth/login', { email, password: PASSWORD })
    expect(right.status).toBe(429)
  })

  it('100 parallel joins with one wrong code get at most 10 × 401; 100 different wrong codes at most 30', async () => {
    server = await startTestServer()
    const same = await burst('127.0.0.1', '/api/join', () => ({ joinCode: 'ZZZ-ZZZ-ZZZ', name: 'Penebak' }))
    expect(countOf(same, 401)).toBe(PER_ADDRESS_AND_TARGET)
    expect(countOf(same, 429)).toBe(100 - PER_ADDRESS_AND_TARGET)

    const varied = await burst('127.0.0.4', '/api/join', (i) => ({
      joinCode: `QQQ-QQQ-${String(i).padStart(3, 'Q')}`,
      name: 'Penebak',
    }))
    expect(countOf(varied, 401)).toBe(PER_ADDRESS)
    expect(countOf(varied, 429)).toBe(100 - PER_ADDRESS)
  })

  it('100 parallel rejoins with wrong return codes for one class get at most 10 × 401', async () => {
    server = await startTestServer()
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const statuses = await burst('127.0.0.1', '/api/rejoin', (i) => ({
      joinCode: setup.joinCode,
      returnCode: `AAAAA-${String(i).padStart(5, 'B')}`,
    }))
    expect(countOf(statuses, 401)).toBe(PER_ADDRESS_AND_TARGET)
    expect(countOf(statuses, 429)).toBe(100 - PER_ADDRESS_AND_TARGET)
  })
})

describe('one stranger cannot turn the limits against a class or a lecturer', () => {
  it('a stranger’s failed rejoins and logins do not stop the class joining, rejoining or the lecturer logging in from other addresses', async () => {
    server = await startTestServer()
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const email = setup.lecturer.email
    const known = setup.students[0]![0]!

    const rejoins = await burst(STRANGER, '/api/rejoin', (i) => ({
      joinCode: setup.joinCode,
      returnCode: `AAAAA-${String(i).padStart(5, 'C')}`,
    }))
    const logins = await burst(STRANGER, '/api/auth/login', (i) => ({ email, password: `salah-${i}` }))
    expect(countOf(rejoins, 401)).toBe(PER_ADDRESS_AND_TARGET)
    expect(countOf(logins, 401)).toBe(PER_ADDRESS_AND_TARGET)
    // The stranger itself is stopped…
    const again = await postFrom(STRANGER, server.url, '/api/join', {
      joinCode: setup.joinCode,
      name: 'Asing',
    })
    expect(again.status).toBe(429)

    // … while 30 students on ten other addresses join with the same code, …
    const joins = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        postFrom(`127.0.0.${3 + (i % 10)}`, server!.url, '/api/join', {
          joinCode: setup.joinCode,
          name: `Mahasiswa ${i}`,
          teamId: setup.teamIds[i % 2],
        }),
      ),
    )
    expect(joins.map((r) => r.status)).toEqual(Array(30).fill(201))
    // … a known student rejoins, and the lecturer logs in.
    const rejoin = await postFrom('127.0.0.3', server.url, '/api/rejoin', {
      joinCode: setup.joinCode,
      returnCode: known.returnCode,
    })
    expect(rejoin.status).toBe(200)
    const login = await postFrom('127.0.0.3', server.url, '/api/auth/login', { email, password: PASSWORD })
    expect(login.status).toBe(200)
    expect((await setup.lecturer.api.getClass(setup.classId)).students).toHaveLength(32)
  })

  it('guessing one class’s return codes from many addresses stops at the per-target brake of 200', async () => {
    server = await startTestServer()
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const guesses = await Promise.all(
      Array.from({ length: 25 }, (_, a) =>
        burst(
          `127.0.1.${a + 1}`,
          '/api/rejoin',
          (i) => ({
            joinCode: setup.joinCode,
            returnCode: `AAAAA-${String(a * 100 + i).padStart(5, 'D')}`,
          }),
          12,
        ),
      ),
    )
    const statuses = guesses.flat()
    expect(countOf(statuses, 401)).toBe(PER_TARGET)
    expect(countOf(statuses, 429)).toBe(300 - PER_TARGET)
    // No address spent more than its own 10.
    for (const one of guesses) expect(countOf(one, 401)).toBeLessThanOrEqual(PER_ADDRESS_AND_TARGET)
    // The brake then holds that code for everyone (the documented price of stopping a distributed guess) …
    const rejoin = await postFrom('127.0.2.1', server.url, '/api/rejoin', {
      joinCode: setup.joinCode,
      returnCode: setup.students[0]![0]!.returnCode,
    })
    expect(rejoin.status).toBe(429)
    // … and nothing else: another class's code still works from those addresses.
    const other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const join = await postFrom('127.0.2.1', server.url, '/api/join', {
      joinCode: other.joinCode,
      name: 'Lain',
    })
    expect(join.status).toBe(201)
  })
})
