import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClassGradeScale } from '../../cases/grades/scale'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { UI, joinAsStudent, logInAsLecturer, openFirstAssignment, pickTeam, setupClass } from './flows'

const level = (id: string, points: number) => ({ id, label: { id: `L${points}`, en: `L${points}` }, points })

/** One criterion on 0–10 points, so points × 10 is the percent. */
const criteria = [
  {
    id: 'analysis',
    templateId: null,
    title: { id: 'Analisis', en: 'Analysis' },
    description: { id: 'Analisis kasus', en: 'Case analysis' },
    levels: [level('l10', 10), level('l8', 8), level('l5', 5), level('l0', 0)],
  },
]

describe('letter grades in the browser', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('the lecturer edits the scale, sees the running letter while grading, and the student sees theirs once released', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.assign()
    await setup.lecturer.request('PUT', `/api/assignments/${assignment.id}/rubric`, { criteria })
    const student = await env.newSession()
    await joinAsStudent(student.page, setup.joinCode, 'Dewi')
    await pickTeam(student.page, setup.team.name)
    await openFirstAssignment(student.page)
    const [workspace] = await setup.lecturer.listWorkspaces()
    if (!workspace) throw new Error('no workspace')

    const { page } = await env.newSession()
    await logInAsLecturer(page, setup.email, setup.password)
    await page.goto(`/classes/${setup.classId}/review`)
    const xlsx = page.getByRole('link', { name: 'Unduh buku nilai (Excel .xlsx)' })
    expect(await xlsx.getAttribute('href')).toBe(`/api/classes/${setup.classId}/gradebook.xlsx`)
    expect(
      await page
        .getByRole('link', { name: 'CSV untuk Excel berbahasa Indonesia (titik koma)' })
        .getAttribute('href'),
    ).toBe(`/api/classes/${setup.classId}/gradebook.csv?lang=id&sep=%3B`)

    // The scale: the default, then A from 85.
    await page.getByRole('link', { name: 'Skala huruf mutu' }).click()
    await page.getByText('Kelas ini memakai skala bawaan.').waitFor(UI)
    await page.getByLabel('Mulai dari (%) 1', { exact: true }).fill('85')
    await page.getByRole('button', { name: 'Simpan skala' }).click()
    await page.getByText('Skala disimpan.').waitFor(UI)
    await page.getByText('Kelas ini memakai skala sendiri.').waitFor(UI)
    const scale = (
      await setup.lecturer.request<ClassGradeScale>('GET', `/api/classes/${setup.classId}/grade-scale`)
    ).body
    expect(scale.grades[0]).toEqual({ letter: 'A', min: 85 })
    expect(scale.isDefault).toBe(false)

    // Grading: the running total follows the picked level before anything is saved.
    await page.goto(`/classes/${setup.classId}/review/${workspace.id}`)
    const running = page.getByTestId('running-total')
    await running.getByText('Pilih level pada kriteria').waitFor(UI)
    const group = page.getByRole('group', { name: 'Analisis', exact: true })
    await group.getByRole('radio', { name: 'L8 (8)' }).check()
    await running.getByText('Sementara 8 dari 10 poin · 80% dari 100 · huruf AB').waitFor(UI)
    await group.getByRole('radio', { name: 'L10 (10)' }).check()
    await running.getByText('Sementara 10 dari 10 poin · 100% dari 100 · huruf A').waitFor(UI)
    await group.getByRole('radio', { name: 'L5 (5)' }).check()
    await running.getByText('huruf D', { exact: false }).waitFor(UI)
    expect(((await setup.lecturer.getGrade(workspace.id)) as { graded: boolean }).graded).toBe(false)

    await page.getByRole('button', { name: 'Simpan penilaian' }).click()
    await page.getByText('Huruf mutu: D', { exact: true }).waitFor(UI)
    await page.getByRole('button', { name: 'Umumkan nilai ke tim' }).click()
    await page.getByRole('button', { name: 'Ya, umumkan' }).click()
    await page.getByRole('button', { name: 'Tarik kembali pengumuman nilai' }).waitFor(UI)

    const panel = student.page.getByTestId('feedback-panel')
    await panel.getByText('Huruf mutu: D', { exact: true }).waitFor(UI)
    await panel.getByText('Huruf mutu Anda: D', { exact: true }).waitFor(UI)
  })
})
