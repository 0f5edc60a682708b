import { access } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rubric } from '../../cases/contracts/grades'
import { CASE_LIBRARY } from '../../cases/library'
import { setupClassWithTeams, type ClassSetup } from '../helpers/api'
import { startTestServer, type TestServer } from '../helpers/startTestServer'

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

describe('deleting a class deletes its review files on disk (lowdb)', () => {
  let server: TestServer
  let doomed: ClassSetup
  let kept: ClassSetup
  beforeAll(async () => {
    server = await startTestServer()
    doomed = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
    kept = await setupClassWithTeams(server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    await server.dispose()
  })

  const file = (dir: string, id: string) => path.join(server.dataDir, dir, `${id}.json`)

  it('its assignments’ rubric files (edited or defaults) and its grades go; another class’s stay', async () => {
    const lecturer = doomed.lecturer.api
    const second = await lecturer.createAssignment(doomed.classId, {
      caseId: CASE_LIBRARY[1]!.id,
      templates: ['fiveC'],
    })
    // One rubric edited, one stored as the defaults by a first read, and one in the other class.
    const first = await lecturer.getRubric(doomed.assignment.id)
    const edited = await lecturer.request<Rubric>('PUT', `/api/assignments/${doomed.assignment.id}/rubric`, {
      criteria: first.criteria.slice(1, 3),
    })
    expect(edited.status).toBe(200)
    await lecturer.getRubric(second.id)
    await kept.lecturer.api.getRubric(kept.assignment.id)
    const grade = { scores: [{ criterionId: 'fiveC-condition', levelId: 'good' }] }
    await lecturer.putGrade(doomed.workspaceIds[0]!, grade)
    await kept.lecturer.api.putGrade(kept.workspaceIds[0]!, grade)
    for (const id of [doomed.assignment.id, second.id, kept.assignment.id])
      expect(await exists(file('rubrics', id))).toBe(true)

    expect((await lecturer.request('DELETE', `/api/classes/${doomed.classId}`)).status).toBe(204)
    // Gone by the time the deletion is answered.
    expect(await exists(file('rubrics', doomed.assignment.id))).toBe(false)
    expect(await exists(file('rubrics', second.id))).toBe(false)
    await expect.poll(() => exists(file('grades', doomed.workspaceIds[0]!))).toBe(false)

    expect(await exists(file('rubrics', kept.assignment.id))).toBe(true)
    expect(await exists(file('grades', kept.workspaceIds[0]!))).toBe(true)
    expect((await kept.lecturer.api.getRubric(kept.assignment.id)).isDefault).toBe(true)
  })
})
