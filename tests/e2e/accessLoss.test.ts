import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, expectState, joinAsStudent, openFirstAssignment, pickTeam, setupClass } from './flows'

describe('a student whose access to a workspace ends', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it("follows the student to the new team's workspace of the same assignment when the lecturer moves them", async () => {
    const setup = await setupClass(env.baseUrl)
    const biru = await setup.lecturer.createTeam(setup.classId, 'Tim Biru')
    await setup.assign()
    const { page } = await env.newSession({ width: 360, height: 740 })
    await joinAsStudent(page, setup.joinCode, 'Joko')
    await pickTeam(page, 'Tim Merah')
    await openFirstAssignment(page)
    await expectState(page, 'daring · tersimpan')
    const workspaceUrl = page.url()

    const student = (await setup.lecturer.getClass(setup.classId)).students.find((s) => s.name === 'Joko')
    const moved = await setup.lecturer.request(
      'PATCH',
      `/api/classes/${setup.classId}/students/${student?.id}`,
      {
        teamId: biru.id,
      },
    )
    expect(moved.status).toBe(200)

    // The server closes the live connection (no access); the page follows to Tim Biru's workspace.
    const biruWorkspace = (await setup.lecturer.listWorkspaces()).find((w) => w.teamId === biru.id)
    expect(biruWorkspace).toBeDefined()
    await expect.poll(() => new URL(page.url()).pathname, UI).toBe(`/w/${biruWorkspace?.id}`)
    await page.getByRole('heading', { name: /Tim Biru/ }).waitFor(UI)
    await expectState(page, 'daring · tersimpan')
    expect(page.url()).not.toBe(workspaceUrl)
  })
})
