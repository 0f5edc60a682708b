import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONCURRENT_HASHES, hashingLoad } from '../../server/services/passwords'
import { createApi, unique } from '../helpers/api'
import { secretFileOf, startTestServer, type TestServer } from '../helpers/startTestServer'

/** The stored hash of a lecturer, read from the data folder on disk. */
async function storedHash(dataDir: string, email: string): Promise<string> {
  const file = JSON.parse(await readFile(path.join(dataDir, 'lecturers.json'), 'utf8')) as {
    lecturers: { email: string; passwordHash: string }[]
  }
  return file.lecturers.find((l) => l.email === email)!.passwordHash
}

describe('password hashes', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-scrypt-'))
  })
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
    await rm(secretFileOf(dataDir), { force: true })
  })

  it('are scrypt N = 2^17 by default; a stored 2^14 hash logs in and is rewritten at 2^17 on disk', async () => {
    const email = `${unique('lama')}@example.test`
    const password = 'kata-sandi-lama'
    // An earlier version's hash: the same format at N = 2^14.
    const old: TestServer = await startTestServer({ SCRYPT_COST_LOG2: '14' }, dataDir)
    await createApi(old.url).registerLecturer({ name: 'Dosen Lama', email, password })
    await old.close()
    const before = await storedHash(dataDir, email)
    expect(before).toMatch(/^scrypt\$16384\$8\$1\$/)

    // The default cost (no SCRYPT_COST_LOG2 override of the test helpers' cheap one).
    const server = await startTestServer({ SCRYPT_COST_LOG2: '' }, dataDir)
    try {
      const api = createApi(server.url)
      expect((await api.request('POST', '/api/auth/login', { email, password: 'salah-sandi' })).status).toBe(
        401,
      )
      expect(await storedHash(dataDir, email)).toBe(before)

      await api.loginLecturer({ email, password })
      const after = await storedHash(dataDir, email)
      expect(after).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
      expect(after).not.toBe(before)
      // The new hash is the one that works now; a second login leaves it as it is.
      await api.loginLecturer({ email, password })
      expect(await storedHash(dataDir, email)).toBe(after)
      expect((await api.request('POST', '/api/auth/login', { email, password: 'salah-sandi' })).status).toBe(
        401,
      )

      // New accounts get 2^17 at once.
      const fresh = `${unique('baru')}@example.test`
      await api.registerLecturer({ name: 'Dosen Baru', email: fresh, password })
      expect(await storedHash(dataDir, fresh)).toMatch(/^scrypt\$131072\$8\$1\$/)
    } finally {
      await server.close()
    }
  })

  it(`run at most ${CONCURRENT_HASHES} at once however many logins arrive together`, async () => {
    const server = await startTestServer({ SCRYPT_COST_LOG2: '' }, dataDir)
    try {
      const api = createApi(server.url)
      const email = `${unique('ramai')}@example.test`
      const password = 'kata-sandi-ramai'
      await api.registerLecturer({ name: 'Dosen Ramai', email, password })
      let mostRunning = 0
      let mostWaiting = 0
      const sample = setInterval(() => {
        const load = hashingLoad()
        mostRunning = Math.max(mostRunning, load.running)
        mostWaiting = Math.max(mostWaiting, load.waiting)
      }, 5)
      const logins = await Promise.all(
        Array.from({ length: 6 }, () => api.request('POST', '/api/auth/login', { email, password })),
      ).finally(() => clearInterval(sample))
      expect(logins.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
      expect(mostRunning).toBeLessThanOrEqual(CONCURRENT_HASHES)
      expect(hashingLoad().peak).toBe(CONCURRENT_HASHES)
      // The bound was reached: the other logins waited their turn instead of hashing at once.
      expect(mostWaiting).toBeGreaterThan(0)
      expect(hashingLoad()).toMatchObject({ running: 0, waiting: 0 })
    } finally {
      await server.close()
    }
  })
})
