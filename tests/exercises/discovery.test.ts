import { describe, expect, it } from 'vitest'
import { setupClassWithTeams } from '../helpers/api'
import { startTestServer } from '../helpers/startTestServer'
import { startExercise } from './helpers'
import { disposeAfterEach } from '../helpers/fixtures'

const { servers } = disposeAfterEach()

describe('a page opened after an exercise started finds it', () => {
  it("the class's assignment and the team's workspace name the exercise and its status; others do not", async () => {
    const server = await startTestServer()
    servers.push(server)
    const klass = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    const student = klass.students[0]![0]!
    const created = await startExercise(klass.lecturer.api, klass.classId)

    const cls = await klass.lecturer.api.getClass(klass.classId)
    const exerciseAssignment = cls.assignments.find((a) => a.id === created.assignmentId)
    expect(exerciseAssignment?.exercise).toEqual({ id: created.id, status: 'running' })
    // The ordinary assignment made by the setup carries no exercise.
    expect(cls.assignments.find((a) => a.id === klass.assignment.id)?.exercise).toBeUndefined()

    const res = await klass.lecturer.api.request('POST', `/api/exercises/${created.id}/pause`)
    expect(res.status).toBe(200)
    const mine = await student.api.listWorkspaces()
    expect(mine.find((w) => w.assignmentId === created.assignmentId)?.exercise).toEqual({
      id: created.id,
      status: 'paused',
    })
    expect(mine.find((w) => w.assignmentId === klass.assignment.id)?.exercise).toBeUndefined()
  })
})
