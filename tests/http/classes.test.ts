import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClassDetail, ClassSummary } from '../../cases/contracts/http'
import { createApi, setupClassWithTeams, unique, type Api } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

async function lecturer(): Promise<Api & { email: string }> {
  const api = createApi(server.url)
  const email = `${unique('dosen')}@example.test`
  const { token } = await api.registerLecturer({ name: 'Dosen Lain', email, password: 'kata-sandi-rahasia' })
  return Object.assign(api.as(token), { email })
}

describe('classes', () => {
  it('creates a class with a readable join code and lists it for its lecturer only', async () => {
    const owner = await lecturer()
    const other = await lecturer()
    const created = await owner.createClass('Kelas Pagi')
    expect(created).toMatchObject({
      id: expect.any(String),
      name: 'Kelas Pagi',
      teamChoiceLocked: false,
      archived: false,
    })
    expect(created.joinCode).toMatch(
      /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}$/,
    )
    expect((await owner.listClasses()).map((c) => c.id)).toEqual([created.id])
    expect(await other.listClasses()).toEqual([])
  })

  it('shows teams, members, students and assignments in the class detail', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const detail = await setup.lecturer.api.getClass(setup.classId)
    expect(detail.teams.map((t) => t.id)).toEqual(setup.teamIds)
    expect(detail.teams[0]!.members).toEqual([{ id: setup.students[0]![0]!.id, name: 'Mahasiswa 1.1' }])
    expect(detail.students).toHaveLength(2)
    expect(detail.assignments.map((a) => a.id)).toEqual([setup.assignment.id])
    expect(detail.lecturers).toEqual([
      { id: setup.lecturer.id, name: 'Dosen Uji', email: setup.lecturer.email },
    ])
  })

  it('refuses another lecturer with 403, for an existing class and for one that does not exist', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const other = await lecturer()
    for (const path of [`/api/classes/${setup.classId}`, '/api/classes/does-not-exist']) {
      const res = await other.request('GET', path)
      expect(res.status).toBe(403)
      expect(res.body).toMatchObject({ error: { code: 'forbidden' } })
    }
    const rename = await other.request('PATCH', `/api/classes/${setup.classId}`, { name: 'Dicuri' })
    expect(rename.status).toBe(403)
    const team = await other.request('POST', `/api/classes/${setup.classId}/teams`, { name: 'Tim X' })
    expect(team.status).toBe(403)
    const del = await other.request('DELETE', `/api/classes/${setup.classId}`)
    expect(del.status).toBe(403)
    expect((await setup.lecturer.api.getClass(setup.classId)).name).toBe('Kelas Uji')
  })

  it('refuses students on lecturer routes with 403', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!.api
    expect((await student.request('GET', '/api/classes')).status).toBe(403)
    expect((await student.request('POST', '/api/classes', { name: 'X' })).status).toBe(403)
    expect((await student.request('GET', `/api/classes/${setup.classId}`)).status).toBe(403)
    expect((await student.request('POST', `/api/classes/${setup.classId}/teams`, { name: 'X' })).status).toBe(
      403,
    )
    const assign = await student.request('POST', `/api/classes/${setup.classId}/assignments`, {
      caseId: setup.assignment.caseId,
      templates: ['fiveC'],
    })
    expect(assign.status).toBe(403)
  })

  it('renames, locks team choice and archives a class', async () => {
    const owner = await lecturer()
    const { id } = await owner.createClass('Kelas Lama')
    const res = await owner.request<ClassSummary>('PATCH', `/api/classes/${id}`, {
      name: 'Kelas Baru',
      teamChoiceLocked: true,
      archived: true,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Kelas Baru', teamChoiceLocked: true, archived: true })
    const bad = await owner.request('PATCH', `/api/classes/${id}`, { teamChoiceLocked: 'yes' })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({
      error: { code: 'validation', message: expect.stringMatching(/^teamChoiceLocked: /) },
    })
  })

  it('regenerates the join code (the old one stops working) and closes it', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const api = setup.lecturer.api
    const fresh = await api.request<ClassSummary>('POST', `/api/classes/${setup.classId}/join-code`)
    expect(fresh.status).toBe(200)
    expect(fresh.body.joinCode).not.toBe(setup.joinCode)
    const anon = createApi(server.url)
    expect((await anon.request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Lama' })).status).toBe(
      401,
    )
    expect(
      (await anon.request('POST', '/api/join', { joinCode: fresh.body.joinCode, name: 'Baru' })).status,
    ).toBe(201)
    const closed = await api.request<ClassSummary>('DELETE', `/api/classes/${setup.classId}/join-code`)
    expect(closed.body.joinCode).toBeNull()
    expect(
      (await anon.request('POST', '/api/join', { joinCode: fresh.body.joinCode, name: 'Telat' })).status,
    ).toBe(401)
  })

  it('adds a registered co-lecturer, who then has the same rights; unknown e-mail is 404', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const co = await lecturer()
    const missing = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/lecturers`, {
      email: 'nobody@example.test',
    })
    expect(missing.status).toBe(404)
    const added = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/lecturers`, {
      email: co.email,
    })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ email: co.email, name: 'Dosen Lain' })
    const again = await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/lecturers`, {
      email: co.email,
    })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ error: { code: 'conflict', reason: 'lecturer_already_in_class' } })
    expect((await co.getClass(setup.classId)).lecturers).toHaveLength(2)
    expect((await co.listWorkspaces()).map((w) => w.id)).toEqual(setup.workspaceIds)
  })

  it('deletes a class with all its data: students are signed out and workspaces are gone', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!.api
    const res = await setup.lecturer.api.request('DELETE', `/api/classes/${setup.classId}`)
    expect(res.status).toBe(204)
    expect((await student.request('GET', '/api/me')).status).toBe(401)
    expect((await setup.lecturer.api.request('GET', `/api/classes/${setup.classId}`)).status).toBe(403)
    expect((await setup.lecturer.api.request('GET', `/api/workspaces/${setup.workspaceIds[0]}`)).status).toBe(
      403,
    )
    expect(await setup.lecturer.api.listClasses()).toEqual([])
  })
})

describe('teams and students', () => {
  it('renames a team and refuses a name the class already uses', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 0 })
    const api = setup.lecturer.api
    const path = `/api/classes/${setup.classId}/teams/${setup.teamIds[0]}`
    const ok = await api.request('PATCH', path, { name: 'Tim Merah' })
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ id: setup.teamIds[0], name: 'Tim Merah' })
    const taken = await api.request('PATCH', path, { name: 'tim 2' })
    expect(taken.status).toBe(409)
    expect(taken.body).toMatchObject({ error: { code: 'conflict', reason: 'team_name_taken' } })
  })

  it('refuses to remove a team with students, and removes an empty team with its workspaces', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const api = setup.lecturer.api
    const path = `/api/classes/${setup.classId}/teams/${setup.teamIds[1]}`
    const notEmpty = await api.request('DELETE', path)
    expect(notEmpty.status).toBe(409)
    expect(notEmpty.body).toMatchObject({ error: { code: 'conflict', reason: 'team_not_empty' } })
    const student = setup.students[1]![0]!
    await api.request('PATCH', `/api/classes/${setup.classId}/students/${student.id}`, {
      teamId: setup.teamIds[0],
    })
    expect((await api.request('DELETE', path)).status).toBe(204)
    const detail = await api.getClass(setup.classId)
    expect(detail.teams.map((t) => t.id)).toEqual([setup.teamIds[0]])
    expect(detail.assignments[0]!.workspaces.map((w) => w.id)).toEqual([setup.workspaceIds[0]])
    expect((await api.request('GET', `/api/workspaces/${setup.workspaceIds[1]}`)).status).toBe(403)
  })

  it('moves a student: they see the new team’s workspace and lose the old one at once', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!
    const res = await setup.lecturer.api.request(
      'PATCH',
      `/api/classes/${setup.classId}/students/${student.id}`,
      {
        teamId: setup.teamIds[1],
      },
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: student.id, teamId: setup.teamIds[1] })
    expect((await student.api.listWorkspaces()).map((w) => w.id)).toEqual([setup.workspaceIds[1]])
    expect((await student.api.request('GET', `/api/workspaces/${setup.workspaceIds[0]}`)).status).toBe(403)
    const unknownTeam = await setup.lecturer.api.request(
      'PATCH',
      `/api/classes/${setup.classId}/students/${student.id}`,
      {
        teamId: 'no-such-team',
      },
    )
    expect(unknownTeam.status).toBe(400)
  })

  it('renames a student, refusing a name another student has', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const [first, second] = setup.students[0]!
    const path = `/api/classes/${setup.classId}/students/${first!.id}`
    const ok = await setup.lecturer.api.request('PATCH', path, { name: 'Sari W.' })
    expect(ok.status).toBe(200)
    const taken = await setup.lecturer.api.request('PATCH', path, { name: ` ${second!.name.toUpperCase()} ` })
    expect(taken.status).toBe(409)
    expect(taken.body).toMatchObject({ error: { code: 'name_taken' } })
  })

  it('removes a student: their session ends and they are gone from the class', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 2 })
    const student = setup.students[0]![0]!
    const res = await setup.lecturer.api.request(
      'DELETE',
      `/api/classes/${setup.classId}/students/${student.id}`,
    )
    expect(res.status).toBe(204)
    expect((await student.api.request('GET', '/api/me')).status).toBe(401)
    const detail: ClassDetail = await setup.lecturer.api.getClass(setup.classId)
    expect(detail.students.map((s) => s.id)).not.toContain(student.id)
    const again = await setup.lecturer.api.request(
      'DELETE',
      `/api/classes/${setup.classId}/students/${student.id}`,
    )
    expect(again.status).toBe(404)
  })
})
