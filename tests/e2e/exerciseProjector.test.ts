import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { startExercise } from '../exercises/helpers'
import { editor, joinAsStudent, logInAsLecturer, pickTeam, setupClass, typeInto, UI } from './flows'

const NOTES = 'fiveC.context.notes'

describe(
  'the projector follows the exercise live; the control room of an ended exercise',
  { timeout: 120_000 },
  () => {
    let env: BrowserEnv
    beforeAll(async () => {
      env = await startBrowserEnv()
    })
    afterAll(async () => {
      await env?.close()
    })

    it("a student's new text appears on an already open projector without a click; after the end a reloaded control room lists the team's progress", async () => {
      const setup = await setupClass(env.baseUrl)
      const student = await env.newSession({ width: 360, height: 740 })
      await joinAsStudent(student.page, setup.joinCode, 'Mahasiswa Proyektor')
      await pickTeam(student.page, setup.team.name)
      const created = await startExercise(setup.lecturer, setup.classId)
      // The student's home follows the start to the team's workspace.
      await student.page.waitForURL(/\/w\/[^/]+$/, UI)
      await editor(student.page, NOTES).waitFor(UI)

      const lecturer = await env.newSession()
      await logInAsLecturer(lecturer.page, setup.email, setup.password)
      const room = `/classes/${setup.classId}/exercise/${created.id}`
      await lecturer.page.goto(`${room}/projector`)
      await lecturer.page.getByLabel('Isian yang ditampilkan').selectOption(NOTES)
      const answer = lecturer.page.locator(`.exercise-answers [data-team="${setup.team.id}"]`)
      await answer.waitFor(UI)
      expect(await answer.textContent()).not.toContain('Nenek')
      await typeInto(student.page, NOTES, 'Nenek merawat Dimas.')
      await answer.getByText('Nenek merawat Dimas.').waitFor(UI)
      await typeInto(student.page, NOTES, ' Ayah bekerja di kota.')
      await answer.getByText('Nenek merawat Dimas. Ayah bekerja di kota.').waitFor(UI)
      await lecturer.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exercise-projector-live.png') })

      // The exercise ends; a control room opened afterwards (nothing pushed any more) shows the final progress.
      const ended = await setup.lecturer.request('POST', `/api/exercises/${created.id}/end`)
      expect(ended.status).toBe(200)
      await lecturer.page.goto(room)
      await lecturer.page.reload()
      await lecturer.page.locator('.exercise-clock [data-exercise-clock="ended"]').waitFor(UI)
      const card = lecturer.page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`)
      const count = card.locator('[data-template-id="fiveC"] [data-progress]')
      await expect.poll(() => count.getAttribute('data-progress'), UI).toMatch(/^[1-9]\d*\/\d+$/)
      await lecturer.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exercise-ended-control-room.png') })
    })
  },
)
