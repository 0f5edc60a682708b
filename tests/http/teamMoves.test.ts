import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClassDetail, StudentClassView } from '../../cases/contracts/http'
import { createApi, setupClassWithTeams } from '../helpers/api'
import { secretFileOf, startTestServer, type TestServer } from '../helpers/startTestServer'

const servers: TestServer[] = []
const folders: string[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.dispose()))
  for (const dir of folders.splice(0)) {
    await rm(dir, { recursive: true, force: true })
    await rm(secretFileOf(dir), { force: true })
  }
})
async function start(dataDir?: string): Promise<TestServer> {
  const server = await startTestServer({}, dataDir)
  servers.push(server)
  return server
}

/** A new class with two teams, one student in the first team and one without a team. */
async function classWithStudents(url: string) {
  const setup = await setupClassWithTeams(url, { teams: 2, studentsPerTeam: 1 })
  const teamless = await createApi(url).join({ joinCode: setup.joinCode, name: 'Gita' })
  return { setup, inTeam: setup.students[0]![0]!.api, teamless: createApi(url, teamless.token) }
}

describe('team moves', () => {
  it('are locked in a new class: a student with a team gets 403 team_moves_locked, a first pick still works', async () => {
    const server = await start()
    const { setup, inTeam, teamless } = await classWithStudents(server.url)
    expect((await setup.lecturer.api.getClass(setup.classId)).teamMovesOpen).toBe(false)
    expect((await inTeam.request<StudentClassView>('GET', '/api/me/class')).body.teamMovesOpen).toBe(false)

    const move = await inTeam.request('PUT', '/api/me/team', { teamId: setup.teamIds[1] })
    expect(move.status).toBe(403)
    expect(move.body).toMatchObject({ error: { code: 'team_moves_locked' } })
    // Still in the first team, and still able to "pick" the team they are in.
    expect((await inTeam.listWorkspaces()).map((w) => w.id)).toEqual([setup.workspaceIds[0]])
    expect((await inTeam.request('PUT', '/api/me/team', { teamId: setup.teamIds[0] })).status).toBe(200)

    const first = await teamless.request('PUT', '/api/me/team', { teamId: setup.teamIds[1] })
    expect(first.status).toBe(200)
    expect((await teamless.listWorkspaces()).map((w) => w.id)).toEqual([setup.workspaceIds[1]])
    // Once picked, that student is bound too.
    expect((await teamless.request('PUT', '/api/me/team', { teamId: setup.teamIds[0] })).status).toBe(403)
    expect((await setup.lecturer.api.getClass(setup.classId)).teamMoves).toEqual([])
  })

  it('are allowed once the lecturer opens them, and each move is listed on the class, newest first', async () => {
    const server = await start()
    const { setup, inTeam } = await classWithStudents(server.url)
    const opened = await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, {
      teamMovesOpen: true,
    })
    expect(opened.body).toMatchObject({ teamMovesOpen: true })
    // Only the class's lecturers change it.
    expect(
      (await inTeam.request('PATCH', `/api/classes/${setup.classId}`, { teamMovesOpen: true })).status,
    ).toBe(403)
    expect(
      (await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, { teamMovesOpen: 'ya' }))
        .status,
    ).toBe(400)

    expect((await inTeam.request('PUT', '/api/me/team', { teamId: setup.teamIds[1] })).status).toBe(200)
    expect((await inTeam.listWorkspaces()).map((w) => w.id)).toEqual([setup.workspaceIds[1]])
    const student = setup.students[0]![0]!
    await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}/students/${student.id}`, {
      teamId: setup.teamIds[0],
    })

    const detail = await setup.lecturer.api.getClass(setup.classId)
    expect(detail.teamMoves).toMatchObject([
      { studentId: student.id, fromTeamName: 'Tim 2', toTeamName: 'Tim 1', by: 'lecturer' },
      {
        studentId: student.id,
        studentName: student.name,
        fromTeamId: setup.teamIds[0],
        fromTeamName: 'Tim 1',
        toTeamId: setup.teamIds[1],
        toTeamName: 'Tim 2',
        by: 'student',
      },
    ])
    expect(Date.parse(detail.teamMoves[1]!.at)).not.toBeNaN()
    // Students never see the log.
    expect(JSON.stringify((await inTeam.request('GET', '/api/me/class')).body)).not.toContain('teamMoves"')

    // Closed again: moves are refused again.
    await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, { teamMovesOpen: false })
    expect((await inTeam.request('PUT', '/api/me/team', { teamId: setup.teamIds[1] })).status).toBe(403)
  })

  it('keeps only the latest 200 moves of a class', async () => {
    const server = await start()
    const { setup, inTeam } = await classWithStudents(server.url)
    await setup.lecturer.api.request('PATCH', `/api/classes/${setup.classId}`, { teamMovesOpen: true })
    for (let i = 1; i <= 203; i += 1) await inTeam.pickTeam(setup.teamIds[i % 2]!)
    const moves = (await setup.lecturer.api.getClass(setup.classId)).teamMoves
    expect(moves).toHaveLength(200)
    // The newest first: the 203rd move went to team 2.
    expect(moves[0]).toMatchObject({ toTeamId: setup.teamIds[1] })
  })

  it('stay open in classes stored before the setting existed', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-moves-'))
    folders.push(dataDir)
    const first = await start(dataDir)
    const { setup } = await classWithStudents(first.url)
    await first.close()
    // The class file as an earlier version wrote it: no teamMovesOpen, no teamMoves.
    const file = path.join(dataDir, 'classes', `${setup.classId}.json`)
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    delete stored.teamMovesOpen
    delete stored.teamMoves
    await writeFile(file, JSON.stringify(stored, null, 2))

    const again = await start(dataDir)
    const lecturer = createApi(again.url, setup.lecturer.token)
    const student = createApi(again.url, setup.students[0]![0]!.token)
    expect((await lecturer.getClass(setup.classId)).teamMovesOpen).toBe(true)
    expect((await student.request('PUT', '/api/me/team', { teamId: setup.teamIds[1] })).status).toBe(200)
    const detail: ClassDetail = await lecturer.getClass(setup.classId)
    expect(detail.teamMoves).toMatchObject([{ toTeamId: setup.teamIds[1], by: 'student' }])
  })
})
