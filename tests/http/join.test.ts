import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JoinResponse, StudentClassView } from '../../cases/contracts/http'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.dispose()
})

const anon = () => createApi(server.url)

describe('students joining a class', () => {
  it('joins with the code typed in any case, with spaces or without dashes, and gets a return code once', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    const typed = ` ${setup.joinCode.toLowerCase().replace(/-/g, ' ')} `
    const res = await anon().request<JoinResponse>('POST', '/api/join', { joinCode: typed, name: '  Rina  ' })
    expect(res.status).toBe(201)
    expect(res.body.user).toEqual({
      id: expect.any(String),
      name: 'Rina',
      role: 'student',
      classId: setup.classId,
      teamId: null,
    })
    expect(res.body.returnCode).toMatch(
      /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/,
    )
    expect(res.headers.getSetCookie().some((c) => c.startsWith('rk_session=') && /HttpOnly/i.test(c))).toBe(
      true,
    )
    const me = await anon().as(res.body.token).request('GET', '/api/me')
    expect(me.body).toEqual({ user: res.body.user })
  })

  it('joins straight into a team when one is given', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 0 })
    const joined = await anon().join({ joinCode: setup.joinCode, name: 'Dewi', teamId: setup.teamIds[1] })
    expect(joined.user.teamId).toBe(setup.teamIds[1])
    const unknown = await anon().request('POST', '/api/join', {
      joinCode: setup.joinCode,
      name: 'Eko',
      teamId: 'nope',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({
      error: { code: 'validation', message: expect.stringMatching(/^teamId: /) },
    })
  })

  it('answers a wrong code with a generic 401 and validates the body', async () => {
    const wrong = await anon().request('POST', '/api/join', { joinCode: 'ZZZ-ZZZ-ZZZ', name: 'Budi' })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({ error: { code: 'invalid_credentials' } })
    const noName = await anon().request('POST', '/api/join', { joinCode: 'ZZZ-ZZZ-ZZZ' })
    expect(noName.status).toBe(400)
    expect(noName.body).toMatchObject({ error: { message: expect.stringMatching(/^name: /) } })
  })

  it('tells two students with the same name apart: the second must add an initial', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    await anon().join({ joinCode: setup.joinCode, name: 'Budi' })
    const second = await anon().request<{ error: { code: string; message: string } }>('POST', '/api/join', {
      joinCode: setup.joinCode,
      name: ' budi ',
    })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('name_taken')
    expect(second.body.error.message).toMatch(/initial/)
    expect(
      (await anon().request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Budi S.' })).status,
    ).toBe(201)
  })

  it('keeps every student when thirty join at the same moment', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 3, studentsPerTeam: 0 })
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        anon().request('POST', '/api/join', {
          joinCode: setup.joinCode,
          name: `Serentak ${i}`,
          teamId: setup.teamIds[i % 3],
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201))
    const detail = await setup.lecturer.api.getClass(setup.classId)
    expect(detail.students).toHaveLength(30)
    expect(detail.teams.map((t) => t.members.length)).toEqual([10, 10, 10])
  })

  it('refuses joining an archived class', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, { archived: true })
    expect(
      (await anon().request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Telat' })).status,
    ).toBe(401)
  })
})

describe('coming back with a return code', () => {
  it('rejoins as the same student on another device', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!
    const res = await anon().request<{ user: { id: string }; token: string }>('POST', '/api/rejoin', {
      joinCode: setup.joinCode.toLowerCase(),
      returnCode: student.returnCode.toLowerCase().replace('-', ''),
    })
    expect(res.status).toBe(200)
    expect(res.body.user).toMatchObject({ id: student.id, teamId: student.teamId, role: 'student' })
    expect((await anon().as(res.body.token).listWorkspaces()).map((w) => w.id)).toEqual([
      setup.workspaceIds[0],
    ])
  })

  it('still rejoins after the lecturer closed or regenerated the join code, while new joins are refused', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const student = setup.students[0]![0]!
    await setup.lecturer.api.request('POST', `/api/classes/${setup.classId}/join-code`)
    await setup.lecturer.api.request('DELETE', `/api/classes/${setup.classId}/join-code`)
    expect(
      (await anon().request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Baru' })).status,
    ).toBe(401)
    const res = await anon().request('POST', '/api/rejoin', {
      joinCode: setup.joinCode,
      returnCode: student.returnCode,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ user: { id: student.id } })
  })

  it('refuses a wrong return code with 401', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const res = await anon().request('POST', '/api/rejoin', {
      joinCode: setup.joinCode,
      returnCode: 'AAAAA-AAAAA',
    })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ error: { code: 'invalid_credentials' } })
  })
})

describe('picking a team', () => {
  it('lets a student without a team pick one and shows the class teams with member names', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
    const joined = await anon().join({ joinCode: setup.joinCode, name: 'Fajar' })
    const me = anon().as(joined.token)
    expect(await me.listWorkspaces()).toEqual([])
    const view = await me.request<StudentClassView>('GET', '/api/me/class')
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ id: setup.classId, name: 'Kelas Uji', teamChoiceLocked: false })
    expect(view.body.teams.map((t) => t.members.map((m) => m.name))).toEqual([
      ['Mahasiswa 1.1'],
      ['Mahasiswa 2.1'],
    ])
    expect(JSON.stringify(view.body)).not.toMatch(/joinCode|returnCode/)

    const picked = await me.request('PUT', '/api/me/team', { teamId: setup.teamIds[1] })
    expect(picked.status).toBe(200)
    expect(picked.body).toMatchObject({ user: { id: joined.user.id, teamId: setup.teamIds[1] } })
    expect((await me.listWorkspaces()).map((w) => w.id)).toEqual([setup.workspaceIds[1]])
  })

  it('refuses picking or joining into a team once the lecturer locked team choice', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 0 })
    const joined = await anon().join({ joinCode: setup.joinCode, name: 'Gita' })
    await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, { teamChoiceLocked: true })
    const pick = await anon().as(joined.token).request('PUT', '/api/me/team', { teamId: setup.teamIds[0] })
    expect(pick.status).toBe(403)
    const join = await anon().request('POST', '/api/join', {
      joinCode: setup.joinCode,
      name: 'Hadi',
      teamId: setup.teamIds[0],
    })
    expect(join.status).toBe(403)
    expect(
      (await anon().request('POST', '/api/join', { joinCode: setup.joinCode, name: 'Hadi' })).status,
    ).toBe(201)
  })

  it('refuses lecturers on student routes', async () => {
    const setup = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 0 })
    expect((await setup.lecturer.api.request('GET', '/api/me/class')).status).toBe(403)
    expect(
      (await setup.lecturer.api.request('PUT', '/api/me/team', { teamId: setup.teamIds[0] })).status,
    ).toBe(403)
  })
})
