import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import type { WorkspaceSummary } from '../../cases/contracts/http'
import { DEMO_CLASS, DEMO_EMAIL } from '../../server/seed/demo'
import { createApi } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { removeDataDir } from '../helpers/childServer'

const run = promisify(execFile)
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => removeDataDir(d)))
})
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-seed-'))
  dirs.push(dir)
  return dir
}

const DEMO_PASSWORD = 'demo-sandi-uji'

/** Run the reset-password CLI the way the README says, against a data folder. */
function resetPassword(dataDir: string, ...args: string[]) {
  const tsx = path.resolve('node_modules/.bin/tsx')
  return run(tsx, ['server/cli/resetPassword.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  )
}

describe('demo seed', () => {
  it('seeds a lecturer, a class with a join code, three teams and one assignment on an empty folder only', async () => {
    const dir = await tempDir()
    const first = await startTestServer({ SEED_DEMO: 'true', DEMO_PASSWORD }, dir)
    const { token } = await createApi(first.url).loginLecturer({ email: DEMO_EMAIL, password: DEMO_PASSWORD })
    const lecturer = createApi(first.url, token)
    const [klass, ...others] = await lecturer.listClasses()
    expect(others).toEqual([])
    expect(klass).toMatchObject({ name: DEMO_CLASS, joinCode: expect.stringMatching(/^\w{3}-\w{3}-\w{3}$/) })
    const detail = await lecturer.getClass(klass!.id)
    expect(detail.teams.map((t) => t.name)).toEqual(['Tim 1', 'Tim 2', 'Tim 3'])
    expect(detail.assignments).toHaveLength(1)
    expect(detail.assignments[0]!.templates).toEqual(['fiveC'])
    expect(detail.assignments[0]!.workspaces).toHaveLength(3)
    await first.close()

    const second = await startTestServer({ SEED_DEMO: 'true', DEMO_PASSWORD }, dir)
    const again = createApi(
      second.url,
      (await createApi(second.url).loginLecturer({ email: DEMO_EMAIL, password: DEMO_PASSWORD })).token,
    )
    expect(await again.listClasses()).toHaveLength(1)
    expect((await again.request<WorkspaceSummary[]>('GET', '/api/workspaces')).body).toHaveLength(3)
    await second.close()
  })
})

describe('reset-password command', () => {
  it('sets a new password, prints a generated one, and ends the lecturer’s sessions', async () => {
    const dir = await tempDir()
    const server = await startTestServer({}, dir)
    const email = 'lupa@example.test'
    const { token } = await createApi(server.url).registerLecturer({
      name: 'Pelupa',
      email,
      password: 'kata-sandi-lama',
    })
    await server.close()

    const given = await resetPassword(dir, '--email', email, '--password', 'kata-sandi-baru')
    expect(given.code).toBe(0)
    const generated = await resetPassword(dir, '--email', email.toUpperCase())
    expect(generated.code).toBe(0)
    const newPassword = /New password: (\S+)/.exec(generated.stdout)?.[1]
    expect(newPassword).toBeDefined()

    const restarted = await startTestServer({}, dir)
    try {
      const api = createApi(restarted.url)
      expect((await api.as(token).request('GET', '/api/me')).status).toBe(401)
      expect(
        (await api.request('POST', '/api/auth/login', { email, password: 'kata-sandi-lama' })).status,
      ).toBe(401)
      expect(
        (await api.request('POST', '/api/auth/login', { email, password: 'kata-sandi-baru' })).status,
      ).toBe(401)
      expect((await api.request('POST', '/api/auth/login', { email, password: newPassword })).status).toBe(
        200,
      )
    } finally {
      await restarted.close()
    }
  })

  it('fails clearly for an unknown e-mail or missing arguments', async () => {
    const dir = await tempDir()
    const unknown = await resetPassword(dir, '--email', 'nobody@example.test')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/No lecturer is registered with nobody@example.test/)
    const missing = await resetPassword(dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/--email/)
  })
})
