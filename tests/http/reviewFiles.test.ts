import { access } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rubric } from '../../cases/contracts/grades'
import { createApi, setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

describe('review data on disk', () => {
  let server: TestServer
  let s: ClassSetup
  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    await server.dispose()
  })

  it('deleting a team deletes its workspaces’ comment and grade files, and nothing of other workspaces', async () => {
    const lecturer = s.lecturer.api
    const empty = await lecturer.createTeam(s.classId, 'Tim Kosong')
    const workspaces = await lecturer.listWorkspaces()
    const doomed = workspaces.find((w) => w.teamId === empty.id)!.id
    const kept = s.workspaceIds[0]!
    const anchor = { templateId: 'fiveC', path: ['condition'] }
    for (const id of [doomed, kept]) {
      expect(
        (await lecturer.request('POST', `/api/workspaces/${id}/comments`, { anchor, body: 'Catatan' }))
          .status,
      ).toBe(201)
      const scores = [{ criterionId: 'fiveC-condition', levelId: 'good' }]
      expect((await lecturer.request('PUT', `/api/workspaces/${id}/grade`, { scores })).status).toBe(200)
    }
    const file = (dir: string, id: string) => path.join(server.dataDir, dir, `${id}.json`)
    expect(await exists(file('comments', doomed))).toBe(true)
    expect(await exists(file('grades', doomed))).toBe(true)

    expect((await lecturer.request('DELETE', `/api/classes/${s.classId}/teams/${empty.id}`)).status).toBe(204)
    await expect.poll(() => exists(file('comments', doomed))).toBe(false)
    await expect.poll(() => exists(file('grades', doomed))).toBe(false)
    expect(await exists(file('comments', kept))).toBe(true)
    expect(await exists(file('grades', kept))).toBe(true)
  })

  it('keeps comments, the edited rubric and grades across a restart', async () => {
    const lecturer = s.lecturer.api
    const rubricPath = `/api/assignments/${s.assignment.id}/rubric`
    const rubric = (await lecturer.request<Rubric>('GET', rubricPath)).body
    await lecturer.request('PUT', rubricPath, { criteria: rubric.criteria.slice(0, 3) })
    await lecturer.request('POST', `/api/workspaces/${s.workspaceIds[0]}/grade/release`)
    await server.close()
    server = await startTestServer({}, server.dataDir)

    const again = createApi(server.url, s.lecturer.token)
    const comments = await again.listComments(s.workspaceIds[0]!)
    expect(comments.map((t) => t.body)).toEqual(['Catatan'])
    const stored = await again.getRubric(s.assignment.id)
    expect(stored.criteria).toHaveLength(3)
    expect(stored.isDefault).toBe(false)
    const student = createApi(server.url, s.students[0]![0]!.token)
    const grade = await student.getGrade(s.workspaceIds[0]!)
    expect(grade).toMatchObject({ released: true, total: 3, maxPoints: 12 })
  })
})
