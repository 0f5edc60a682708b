import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../server/storage/dataLock'
import { createApi, unique } from '../helpers/api'
import { makeDataDir, removeDataDir, startChildServer, type ChildServer } from '../helpers/childServer'
import { runCli, type CliRun } from '../helpers/cli'

const servers: ChildServer[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')))
  await Promise.all(dirs.splice(0).map(removeDataDir))
})

/** The one line a refused command prints: it names the running server's pid and the lock file. */
function expectRefusedBy(run: CliRun, server: ChildServer, dataDir: string): void {
  expect(run.code).toBe(1)
  expect(run.stdout).toBe('')
  const lines = run.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toContain(`pid ${server.process.pid}`)
  expect(lines[0]).toContain(path.join(dataDir, LOCK_FILE))
}

describe('commands that write data, while a server holds the folder', () => {
  it('reset-password and restore refuse with one line naming the pid, and change nothing', async () => {
    const dataDir = await makeDataDir()
    dirs.push(dataDir)
    const server = await startChildServer(dataDir)
    servers.push(server)
    const api = createApi(server.url)
    const email = `${unique('dosen')}@example.test`
    const password = 'kata-sandi-lama'
    const registered = await api.registerLecturer({ name: 'Dosen Uji', email, password })
    const klass = await api.as(registered.token).createClass('Kelas Tetap')

    const reset = await runCli('resetPassword', ['--email', email, '--password', 'kata-sandi-baru'], dataDir)
    expectRefusedBy(reset, server, dataDir)
    // Nothing happened: the old password and session still work, the new password does not.
    await api.loginLecturer({ email, password })
    expect((await api.as(registered.token).listClasses()).map((c) => c.id)).toEqual([klass.id])
    expect(
      (await api.request('POST', '/api/auth/login', { email, password: 'kata-sandi-baru' })).status,
    ).toBe(401)

    // Backup is allowed while the server runs; restoring it is not.
    const backup = `${dataDir}-backup`
    dirs.push(backup)
    expect((await runCli('backup', [backup], dataDir)).code).toBe(0)
    await api.as(registered.token).createClass('Kelas Sesudah Cadangan')
    const restore = await runCli('restore', [backup], dataDir)
    expectRefusedBy(restore, server, dataDir)
    // The data was not swapped underneath the server: the class made after the backup is still there.
    const names = (await api.as(registered.token).listClasses()).map((c) => c.name).sort()
    expect(names).toEqual(['Kelas Sesudah Cadangan', 'Kelas Tetap'])

    // Once the server stopped, the same reset works.
    expect(await server.stop('SIGTERM')).toBe(0)
    const done = await runCli('resetPassword', ['--email', email, '--password', 'kata-sandi-baru'], dataDir)
    expect(done.code).toBe(0)
    expect(done.stdout).toContain('reset; their sessions have ended')
  })
})
