import { describe, expect, it } from 'vitest'
import type { ExerciseOverview, ExerciseState } from '../../cases/contracts/exercises'
import { CASE_LIBRARY } from '../../cases/library'
import { setupClassWithTeams } from '../helpers/api'
import { disposeAfterEach } from '../helpers/fixtures'
import { connectSocket, nextEvent } from '../helpers/sockets'
import { startTestServer } from '../helpers/startTestServer'
import { startExercise } from './helpers'

const { servers, sockets } = disposeAfterEach()

/** A class with two teams of one student and one team nobody joined; team moves open for students. */
async function classWithEmptyTeam() {
  const server = await startTestServer()
  servers.push(server)
  const klass = await setupClassWithTeams(server.url, { teams: 2, studentsPerTeam: 1 })
  const empty = await klass.lecturer.api.createTeam(klass.classId, 'Tim Kosong')
  const open = await klass.lecturer.api.request('PATCH', `/api/classes/${klass.classId}`, {
    teamMovesOpen: true,
  })
  expect(open.status).toBe(200)
  return { server, klass, empty }
}

const stateOf = (api: { request: <T>(m: string, p: string) => Promise<{ body: T }> }, id: string) =>
  api.request<ExerciseState>('GET', `/api/exercises/${id}`).then((r) => r.body)

describe('empty teams in live exercises', () => {
  it('get no exercise workspace (nor one when created while it runs), while ordinary assignments keep one per team', async () => {
    const { klass, empty } = await classWithEmptyTeam()
    const created = await startExercise(klass.lecturer.api, klass.classId)
    expect(created.workspaces.map((w) => w.teamId).sort()).toEqual([...klass.teamIds].sort())
    const overview = await klass.lecturer.api.request<ExerciseOverview>(
      'GET',
      `/api/exercises/${created.id}/overview`,
    )
    expect(overview.body.teams.map((t) => t.teamId).sort()).toEqual([...klass.teamIds].sort())

    // A team made while it runs gets a workspace in ordinary assignments only.
    const later = await klass.lecturer.api.createTeam(klass.classId, 'Tim Baru')
    expect(
      (await stateOf(klass.lecturer.api, created.id)).workspaces.some((w) => w.teamId === later.id),
    ).toBe(false)
    const ordinary = await klass.lecturer.api.createAssignment(klass.classId, {
      caseId: CASE_LIBRARY[0]!.id,
      templates: ['fiveC'],
    })
    const teamsWithWork = ordinary.workspaces.map((w) => w.teamId)
    expect(teamsWithWork).toContain(empty.id)
    expect(teamsWithWork).toContain(later.id)
  })

  it('the lecturer moves a student into an empty team: it gets its workspace and the student hears exercise:started', async () => {
    const { server, klass, empty } = await classWithEmptyTeam()
    const student = klass.students[0]![0]!
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const socket = await connectSocket(server.url, student.token, sockets)
    const placed = nextEvent(socket, 'exercise:started')
    const moved = await klass.lecturer.api.request(
      'PATCH',
      `/api/classes/${klass.classId}/students/${student.id}`,
      { teamId: empty.id },
    )
    expect(moved.status).toBe(200)
    const state = await stateOf(klass.lecturer.api, created.id)
    const workspace = state.workspaces.find((w) => w.teamId === empty.id)
    expect(workspace).toBeDefined()
    expect(await placed).toMatchObject({ exerciseId: created.id, workspaceId: workspace!.id })
    expect((await stateOf(student.api, created.id)).workspaceId).toBe(workspace!.id)
  })

  it("a student's own team change is refused while it runs or is paused (first picks still work), allowed after the end", async () => {
    const { klass, empty } = await classWithEmptyTeam()
    const student = klass.students[0]![0]!
    const created = await startExercise(klass.lecturer.api, klass.classId)
    const change = () =>
      student.api.request<{ error: { code: string; reason?: string } }>('PUT', '/api/me/team', {
        teamId: empty.id,
      })
    const refused = await change()
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'forbidden', reason: 'team_locked_during_exercise' })
    await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/pause`)
    expect((await change()).status).toBe(403)
    // Nothing moved, and the empty team still has no exercise workspace.
    const detail = await klass.lecturer.api.getClass(klass.classId)
    expect(detail.students.find((s) => s.id === student.id)?.teamId).toBe(student.teamId)
    expect((await stateOf(klass.lecturer.api, created.id)).workspaces).toHaveLength(2)

    // A latecomer without a team may still pick one: the empty team then gets its exercise workspace.
    const anon = klass.lecturer.api.as()
    const late = await anon.join({ joinCode: klass.joinCode, name: 'Datang Belakangan' })
    const picked = await anon.as(late.token).request('PUT', '/api/me/team', { teamId: empty.id })
    expect(picked.status).toBe(200)
    expect((await stateOf(klass.lecturer.api, created.id)).workspaces.map((w) => w.teamId)).toContain(
      empty.id,
    )

    await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/end`)
    expect((await change()).status).toBe(200)
  })
})
