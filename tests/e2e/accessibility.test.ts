import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { seriousAxeViolations } from '../helpers/axe'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { startExercise } from '../exercises/helpers'
import { expectState, joinAsStudent, logInAsLecturer, pickTeam, setupClass, typeInto, UI } from './flows'

const VIEWPORTS = [
  { name: '360', width: 360, height: 740, phone: true },
  { name: '1366', width: 1366, height: 768, phone: false },
] as const

/** axe-core's serious and critical violations on the page as it is now, one line each, named after the page. */
async function axeLines(page: Page, name: string): Promise<string[]> {
  const problems = await seriousAxeViolations(page)
  return problems.map((p) => `${name}: ${p.impact} ${p.id} (${p.help}) at ${p.targets.join(' | ')}`)
}

describe('axe-core finds no serious or critical violation on the main pages', { timeout: 240_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it.each(VIEWPORTS)(
    'at $name px: join, workspace (text, ecomap list), grading, control room, projector',
    async (viewport) => {
      const setup = await setupClass(env.baseUrl)
      const assignment = await setup.lecturer.createAssignment(setup.classId, {
        caseId: CASE_LIBRARY[0]?.id ?? '',
        templates: ['fiveC', 'ecomap', 'breton'],
      })
      const workspaceId = assignment.workspaces.find((w) => w.teamId === setup.team.id)?.id ?? ''
      const found: string[] = []

      const student = await env.newSession(viewport)
      await student.page.goto('/')
      await student.page.getByLabel('Kode kelas').waitFor(UI)
      found.push(...(await axeLines(student.page, 'join')))
      await joinAsStudent(student.page, setup.joinCode, 'Ani')
      await pickTeam(student.page, setup.team.name)
      found.push(...(await axeLines(student.page, 'home')))

      await student.page.goto(`/w/${workspaceId}?t=fiveC`)
      await expectState(student.page, 'daring · tersimpan')
      await typeInto(student.page, 'fiveC.context.notes', 'Kelompok remaja di balai warga.')
      await expectState(student.page, 'daring · tersimpan')
      found.push(...(await axeLines(student.page, 'workspace fiveC')))
      await student.page.goto(`/w/${workspaceId}?t=breton`)
      await student.page.getByRole('button', { name: 'Tambah aksi' }).click()
      await student.page.locator('fieldset.collection-item').first().waitFor(UI)
      found.push(...(await axeLines(student.page, 'workspace breton')))
      await student.page.goto(`/w/${workspaceId}?t=ecomap`)
      const map = student.page.getByTestId('ecomap')
      await map.waitFor(UI)
      await map.getByRole('button', { name: 'Daftar', exact: true }).click()
      await map.locator('.ecomap-list').first().waitFor(UI)
      found.push(...(await axeLines(student.page, 'ecomap list editor')))

      // Submitted, then graded by the lecturer.
      expect((await setup.lecturer.request('GET', `/api/workspaces/${workspaceId}`)).status).toBe(200)
      const lecturer = await env.newSession(viewport)
      await logInAsLecturer(lecturer.page, setup.email, setup.password)
      found.push(...(await axeLines(lecturer.page, 'classes')))
      await lecturer.page.goto(`/classes/${setup.classId}`)
      await lecturer.page.getByRole('heading', { name: 'Kelas Uji' }).waitFor(UI)
      found.push(...(await axeLines(lecturer.page, 'class')))
      await lecturer.page.goto(`/classes/${setup.classId}/review`)
      await lecturer.page.getByRole('heading', { name: 'Tinjauan: Kelas Uji' }).waitFor(UI)
      found.push(...(await axeLines(lecturer.page, 'review dashboard')))
      await lecturer.page.goto(`/classes/${setup.classId}/review/${workspaceId}`)
      await lecturer.page.getByRole('button', { name: 'Simpan penilaian' }).waitFor(UI)
      await lecturer.page.getByText('Kelompok remaja di balai warga.').first().waitFor(UI)
      found.push(...(await axeLines(lecturer.page, 'grading')))

      const exercise = await startExercise(setup.lecturer, setup.classId)
      await lecturer.page.goto(`/classes/${setup.classId}/exercise/${exercise.id}`)
      await lecturer.page.locator('.exercise-clock [data-exercise-clock="running"]').waitFor(UI)
      found.push(...(await axeLines(lecturer.page, 'control room')))
      await lecturer.page.goto(`/classes/${setup.classId}/exercise/${exercise.id}/projector`)
      await lecturer.page.getByLabel('Isian yang ditampilkan').waitFor(UI)
      found.push(...(await axeLines(lecturer.page, 'projector')))

      // The student's page with the exercise's banner.
      await student.page.goto('/me')
      await student.page.locator('.exercise-banner [data-exercise-clock="running"]').waitFor(UI)
      found.push(...(await axeLines(student.page, 'home with the exercise banner')))

      expect(found).toEqual([])
    },
  )
})
