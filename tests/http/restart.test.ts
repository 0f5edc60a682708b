import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { removeDataDir } from '../helpers/childServer'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => removeDataDir(d)))
})

describe('restart', () => {
  it('keeps accounts, sessions, classes, students and workspaces after close and a new server on the same folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-restart-'))
    dirs.push(dir)
    const first = await startTestServer({}, dir)
    const setup = await setupClassWithTeams(first.url, { teams: 2, studentsPerTeam: 1 })
    await first.close()

    const second = await startTestServer({}, dir)
    try {
      const lecturer = createApi(second.url, setup.lecturer.token)
      const detail = await lecturer.getClass(setup.classId)
      expect(detail.teams.map((t) => t.id)).toEqual(setup.teamIds)
      expect(detail.students).toHaveLength(2)
      expect(detail.assignments[0]!.workspaces.map((w) => w.id)).toEqual(setup.workspaceIds)

      const student = createApi(second.url, setup.students[1]![0]!.token)
      expect((await student.listWorkspaces()).map((w) => w.id)).toEqual([setup.workspaceIds[1]])
      const exported = await student.exportWorkspace(setup.workspaceIds[1]!)
      expect(typeof exported.templates.fiveC!.context!.notes).toBe('string')

      const login = await createApi(second.url).loginLecturer({
        email: setup.lecturer.email,
        password: setup.lecturer.password,
      })
      expect(login.user.id).toBe(setup.lecturer.id)
      const rejoin = await createApi(second.url).rejoin({
        joinCode: setup.joinCode,
        returnCode: setup.students[0]![0]!.returnCode,
      })
      expect(rejoin.user.id).toBe(setup.students[0]![0]!.id)
    } finally {
      await second.close()
    }
  })
})
