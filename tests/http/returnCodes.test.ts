import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { runCli } from '../helpers/cli'
import { secretFileOf, startTestServer, type TestServer } from '../helpers/startTestServer'

interface StoredClass {
  students: { id: string; name: string; returnCodeHash: string }[]
}

const folders: string[] = []
afterEach(async () => {
  for (const dir of folders.splice(0)) {
    await rm(dir, { recursive: true, force: true })
    await rm(secretFileOf(dir), { force: true })
  }
})
async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  folders.push(dir)
  return dir
}

const classFile = (dataDir: string, classId: string) => path.join(dataDir, 'classes', `${classId}.json`)
async function readClass(dataDir: string, classId: string): Promise<StoredClass> {
  return JSON.parse(await readFile(classFile(dataDir, classId), 'utf8')) as StoredClass
}
/** The return code as the student types it, normalised the way the server reads it. */
const normalised = (code: string) => code.replace(/-/g, '')
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('return codes at rest', () => {
  it('are stored as an HMAC under a 0600 server secret kept beside (not in) the data folder', async () => {
    const dataDir = await folder('ruang-kasus-codes-')
    const server: TestServer = await startTestServer({}, dataDir)
    try {
      const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
      const student = setup.students[0]![0]!
      const secretFile = secretFileOf(dataDir)
      expect(path.dirname(secretFile)).toBe(path.dirname(dataDir))
      expect((await stat(secretFile)).mode & 0o777).toBe(0o600)
      expect(await readFile(secretFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/)

      const stored = (await readClass(dataDir, setup.classId)).students.find((s) => s.id === student.id)!
      expect(stored.returnCodeHash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/)
      expect(stored.returnCodeHash).not.toContain(sha256(normalised(student.returnCode)))
      const again = await createApi(server.url).rejoin({
        joinCode: setup.joinCode,
        returnCode: student.returnCode,
      })
      expect(again.user.id).toBe(student.id)

      // A backup taken while the server runs holds the data, never the key.
      const backup = path.join(await folder('ruang-kasus-codes-backup-'), 'copy')
      const made = await runCli('backup', [backup], dataDir)
      expect(made.code).toBe(0)
      expect(made.stdout).toContain(`Not in the backup: the server secret ${secretFile}`)
      const secret = (await readFile(secretFile, 'utf8')).trim()
      const copied = await readdir(backup, { recursive: true, withFileTypes: true })
      const files = copied.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
      expect(files.length).toBeGreaterThan(3)
      for (const file of files) expect(await readFile(file, 'utf8'), file).not.toContain(secret)
    } finally {
      await server.close()
    }
  })

  it('upgrades a legacy SHA-256 return code to the HMAC at the next rejoin, and keeps working after restarts', async () => {
    const dataDir = await folder('ruang-kasus-codes-')
    const first = await startTestServer({}, dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 2 })
    await first.close()
    // As an earlier version stored it: unsalted SHA-256 hex of the normalised code.
    const [legacy, other] = setup.students[0]!
    const record = await readClass(dataDir, setup.classId)
    const stored = record.students.find((s) => s.id === legacy!.id)!
    stored.returnCodeHash = sha256(normalised(legacy!.returnCode))
    await writeFile(classFile(dataDir, setup.classId), JSON.stringify(record, null, 2))

    const server = await startTestServer({}, dataDir)
    try {
      const api = createApi(server.url)
      const wrong = await api.request('POST', '/api/rejoin', {
        joinCode: setup.joinCode,
        returnCode: 'ABCDE-FGHJK',
      })
      expect(wrong.status).toBe(401)
      const back = await api.rejoin({
        joinCode: setup.joinCode,
        returnCode: legacy!.returnCode.toLowerCase(),
      })
      expect(back.user.id).toBe(legacy!.id)
      const upgraded = (await readClass(dataDir, setup.classId)).students.find((s) => s.id === legacy!.id)!
      expect(upgraded.returnCodeHash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/)
      // The other student's code was already an HMAC and is untouched.
      const untouched = (await readClass(dataDir, setup.classId)).students.find((s) => s.id === other!.id)!
      expect(untouched.returnCodeHash).toBe(record.students.find((s) => s.id === other!.id)!.returnCodeHash)
    } finally {
      await server.close()
    }
    // Same secret after a restart: both codes still work.
    const third = await startTestServer({}, dataDir)
    try {
      for (const student of [legacy!, other!]) {
        const back = await createApi(third.url).rejoin({
          joinCode: setup.joinCode,
          returnCode: student.returnCode,
        })
        expect(back.user.id).toBe(student.id)
      }
    } finally {
      await third.close()
    }
  })

  it('upgrades a legacy return code at rejoin even while the class is archived (a hash form is not an edit)', async () => {
    const dataDir = await folder('ruang-kasus-codes-')
    const first = await startTestServer({}, dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 1 })
    const archived = await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, {
      archived: true,
    })
    expect(archived.status).toBe(200)
    await first.close()
    const student = setup.students[0]![0]!
    const record = await readClass(dataDir, setup.classId)
    record.students.find((s) => s.id === student.id)!.returnCodeHash = sha256(normalised(student.returnCode))
    await writeFile(classFile(dataDir, setup.classId), JSON.stringify(record, null, 2))

    const server = await startTestServer({}, dataDir)
    try {
      const back = await createApi(server.url).rejoin({
        joinCode: setup.joinCode,
        returnCode: student.returnCode,
      })
      expect(back.user.id).toBe(student.id)
      const stored = (await readClass(dataDir, setup.classId)).students.find((s) => s.id === student.id)!
      expect(stored.returnCodeHash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/)
    } finally {
      await server.close()
    }
  })

  it('after the server secret is lost, a lecturer gives each student a new return code', async () => {
    const dataDir = await folder('ruang-kasus-codes-')
    const first = await startTestServer({}, dataDir)
    const setup = await setupClassWithTeams(first.url, { teams: 1, studentsPerTeam: 2 })
    await first.close()
    await rm(secretFileOf(dataDir))

    const server = await startTestServer({}, dataDir)
    try {
      const api = createApi(server.url)
      const [lost, other] = setup.students[0]!
      // A new secret was made: every earlier code is refused.
      const old = await api.request('POST', '/api/rejoin', {
        joinCode: setup.joinCode,
        returnCode: lost!.returnCode,
      })
      expect(old.status).toBe(401)

      const lecturer = createApi(server.url, setup.lecturer.token)
      const route = `/api/classes/${setup.classId}/students/${lost!.id}/return-code`
      // Only the class's lecturers: not the student, not another student, not a stranger.
      expect((await createApi(server.url, other!.token).request('POST', route)).status).toBe(403)
      expect((await api.request('POST', route)).status).toBe(401)
      const missing = `/api/classes/${setup.classId}/students/nobody/return-code`
      expect((await lecturer.request('POST', missing)).status).toBe(404)

      const issued = await lecturer.request<{ returnCode: string }>('POST', route)
      expect(issued.status).toBe(200)
      expect(issued.body.returnCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/)
      const back = await api.rejoin({ joinCode: setup.joinCode, returnCode: issued.body.returnCode })
      expect(back.user.id).toBe(lost!.id)
      const stored = (await readClass(dataDir, setup.classId)).students.find((s) => s.id === lost!.id)!
      expect(stored.returnCodeHash).toMatch(/^hmac-sha256:/)

      // A second new code replaces the first.
      const next = await lecturer.request<{ returnCode: string }>('POST', route)
      const replaced = await api.request('POST', '/api/rejoin', {
        joinCode: setup.joinCode,
        returnCode: issued.body.returnCode,
      })
      expect(replaced.status).toBe(401)
      expect((await api.rejoin({ joinCode: setup.joinCode, returnCode: next.body.returnCode })).user.id).toBe(
        lost!.id,
      )
    } finally {
      await server.close()
    }
  })

  it('tightens a server secret others could read, and refuses to start on a damaged one', async () => {
    const dataDir = await folder('ruang-kasus-codes-')
    const secretFile = secretFileOf(dataDir)
    await writeFile(secretFile, `${'ab'.repeat(32)}\n`, { mode: 0o644 })
    const server = await startTestServer({}, dataDir)
    await server.close()
    expect((await stat(secretFile)).mode & 0o777).toBe(0o600)
    expect(await readFile(secretFile, 'utf8')).toBe(`${'ab'.repeat(32)}\n`)

    await writeFile(secretFile, 'not a secret\n')
    await expect(startTestServer({}, dataDir)).rejects.toThrow(`The server secret ${secretFile} is damaged`)
    // Nothing was left open by the refused start: with the secret back, the server starts.
    await writeFile(secretFile, `${'ab'.repeat(32)}\n`)
    await (await startTestServer({}, dataDir)).close()
    // A secret file inside the data folder is refused by the configuration itself.
    await expect(startTestServer({ SECRET_FILE: path.join(dataDir, 'secret') }, dataDir)).rejects.toThrow(
      'SECRET_FILE: must be outside DATA_DIR',
    )
  })
})
