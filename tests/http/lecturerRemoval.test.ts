import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClassDetail } from '../../cases/contracts/http'
import { createApi, setupClassWithTeams, unique, type Api, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

type ErrorBody = { error: { code: string; message: string } }

describe('removing a co-lecturer over REST', () => {
  let server: TestServer
  let s: ClassSetup
  let other: ClassSetup

  beforeAll(async () => {
    server = await startTestServer()
    s = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    other = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    await server.dispose()
  })

  const path = (lecturerId: string) => `/api/classes/${s.classId}/lecturers/${lecturerId}`

  /** Register a lecturer and add them to the class; their id and client. */
  async function addColleague(): Promise<{ id: string; api: Api }> {
    const email = `${unique('rekan')}@example.test`
    const auth = await createApi(server.url).registerLecturer({
      name: 'Dosen Rekan',
      email,
      password: 'kata-sandi-rahasia',
    })
    const added = await s.lecturer.api.request('POST', `/api/classes/${s.classId}/lecturers`, { email })
    expect(added.status).toBe(201)
    return { id: auth.user.id, api: createApi(server.url, auth.token) }
  }

  const lecturerIds = async () =>
    (await s.lecturer.api.request<ClassDetail>('GET', `/api/classes/${s.classId}`)).body.lecturers.map(
      (l) => l.id,
    )

  it('the owner removes a co-lecturer, who then gets 403 on the class; the owner cannot be removed', async () => {
    const colleague = await addColleague()
    const seen = await colleague.api.request<ClassDetail>('GET', `/api/classes/${s.classId}`)
    expect(seen.status).toBe(200)
    // Both see who the owner is (the client offers "remove" to the owner only).
    expect(seen.body.ownerId).toBe(s.lecturer.id)
    expect((await s.lecturer.api.request('DELETE', path(colleague.id))).status).toBe(204)
    expect(await lecturerIds()).toEqual([s.lecturer.id])
    expect((await colleague.api.request('GET', `/api/classes/${s.classId}`)).status).toBe(403)
    expect((await colleague.api.request('GET', `/api/workspaces/${s.workspaceIds[0]}`)).status).toBe(403)

    const again = await s.lecturer.api.request<ErrorBody>('DELETE', path(colleague.id))
    expect(again.status).toBe(404)
    expect(again.body.error.code).toBe('not_found')
    const owner = await s.lecturer.api.request<ErrorBody>('DELETE', path(s.lecturer.id))
    expect(owner.status).toBe(409)
    expect(owner.body.error.code).toBe('conflict')
    expect(await lecturerIds()).toEqual([s.lecturer.id])
  })

  it('a co-lecturer may leave but not remove another; outsiders and students are refused', async () => {
    const first = await addColleague()
    const second = await addColleague()
    const refused = await first.api.request<ErrorBody>('DELETE', path(second.id))
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('forbidden')
    expect((await other.lecturer.api.request('DELETE', path(second.id))).status).toBe(403)
    expect((await s.students[0]![0]!.api.request('DELETE', path(second.id))).status).toBe(403)
    expect((await createApi(server.url).request('DELETE', path(second.id))).status).toBe(401)
    expect(await lecturerIds()).toEqual([s.lecturer.id, first.id, second.id])

    expect((await first.api.request('DELETE', path(first.id))).status).toBe(204)
    expect(await lecturerIds()).toEqual([s.lecturer.id, second.id])
  })
})
