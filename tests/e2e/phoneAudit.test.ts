import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { TEMPLATES } from '../../cases/templates'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { startExercise } from '../exercises/helpers'
import { editor, expectState, openFirstAssignment, pickTeam, setupClass, typeInto, UI } from './flows'
import { checkPhonePage, PHONE } from './phoneAudit'

const NOTES = 'fiveC.context.notes'

// The rules (no sideways scrolling, 40 × 40 tap targets unless inline in a sentence, 12 px text in controls) are
// stated and checked in ./phoneAudit.ts. Each page is audited with a soft assertion, so one run lists every problem.
describe("a student's pages on a 360 × 740 touch phone", { timeout: 180_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('have no sideways scrolling, finger-sized controls and readable control text on every page', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.lecturer.createTeam(setup.classId, 'Tim Biru')
    const allTemplates = TEMPLATES.map((tpl) => tpl.id)
    await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: allTemplates,
    })
    const { page } = await env.newSession(PHONE)

    // Join, rejoin.
    await page.goto('/')
    await page.getByLabel('Kode kelas').waitFor(UI)
    await checkPhonePage(page, 'join')
    await page.goto('/rejoin')
    await page.locator('input[name="returnCode"]').waitFor(UI)
    await checkPhonePage(page, 'rejoin')

    // Joining shows the return code once, then the home page with the team picker and the assignments.
    await page.goto('/')
    await page.getByLabel('Kode kelas').fill(setup.joinCode)
    await page.getByLabel('Nama Anda').fill('Mahasiswa Ponsel')
    await page.getByRole('button', { name: 'Bergabung' }).click()
    await page.getByTestId('return-code').waitFor(UI)
    await checkPhonePage(page, 'return-code')
    await page.getByRole('button', { name: 'Sudah saya catat' }).click()
    await page.getByRole('button', { name: setup.team.name }).waitFor(UI)
    await checkPhonePage(page, 'home-team-picker')
    await pickTeam(page, setup.team.name)
    await page.getByTestId('assignments').getByRole('link').first().waitFor(UI)
    await checkPhonePage(page, 'home-assignments')

    // The workspace with every template, one at a time through the phone's template select.
    await openFirstAssignment(page)
    await expectState(page, 'daring · tersimpan')
    const select = page.locator('.template-select select')
    const shown = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(shown.length).toBeGreaterThan(1)
    for (const templateId of shown) {
      await select.selectOption(templateId)
      await page.waitForURL(new RegExp(`[?&]t=${templateId}`), UI)
      await page.locator(`[data-field^="${templateId}."], .ecomap, fieldset`).first().waitFor(UI)
      await checkPhonePage(page, `workspace-${templateId}`)
    }

    // A collection with an item (its fields and its remove button), and a choice with its "clear" button.
    await select.selectOption('breton')
    await page.getByRole('button', { name: 'Tambah aksi' }).click()
    await page.locator('fieldset.collection-item').first().waitFor(UI)
    await checkPhonePage(page, 'workspace-breton-item')

    // Comments: the composer on a field, then a posted thread with its reply and resolve buttons.
    await select.selectOption('fiveC')
    await typeInto(page, NOTES, 'Kelompok remaja bertemu setiap Sabtu di balai warga.')
    await page.getByRole('radio', { name: /Round robin/ }).check()
    await expectState(page, 'daring · tersimpan')
    await page.getByTestId(`comment-button-${NOTES}`).click()
    const panel = page.getByTestId('comments-panel')
    await panel.getByLabel('Tulis komentar').fill('Apakah bagian ini sudah lengkap?')
    await panel.getByRole('button', { name: 'Kirim komentar' }).click()
    await panel.getByText('Apakah bagian ini sudah lengkap?').first().waitFor(UI)
    await panel.scrollIntoViewIfNeeded()
    await checkPhonePage(page, 'workspace-comments')

    // Versions and feedback: submitted, graded and released, one version opened.
    await page.getByRole('button', { name: 'Kumpulkan' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, kumpulkan' }).click()
    await expectState(page, 'daring · dikumpulkan, hanya baca')
    const workspaceId = new URL(page.url()).pathname.split('/')[2] ?? ''
    expect(workspaceId).not.toBe('')
    await setup.lecturer.putGrade(workspaceId, {
      scores: [{ criterionId: 'fiveC-condition', levelId: 'good' }],
      feedback: 'Analisis konteks sudah baik.',
    })
    await setup.lecturer.request('POST', `/api/workspaces/${workspaceId}/grade/release`)
    await page.getByTestId('feedback-panel').getByText('Analisis konteks sudah baik.').waitFor(UI)
    const versions = page.getByTestId('versions-panel')
    await versions.getByRole('button', { name: 'Lihat' }).first().click()
    await versions.getByRole('button', { name: 'Tutup' }).waitFor(UI)
    await checkPhonePage(page, 'workspace-versions-feedback')

    // History and print.
    await page.goto(`/w/${workspaceId}/history`)
    await page.getByRole('heading', { name: /^Riwayat ruang kerja/ }).waitFor(UI)
    await page.locator('li[data-snapshot]').first().waitFor(UI)
    await checkPhonePage(page, 'history')
    await page.locator('li[data-snapshot]').first().getByRole('button', { name: 'Lihat' }).click()
    await page.locator('.history-snapshot').waitFor(UI)
    await page.getByLabel('Isian teks').selectOption(NOTES)
    await page.getByRole('button', { name: 'Tampilkan perbedaan' }).click()
    await page.getByTestId('history-diff').waitFor(UI)
    await checkPhonePage(page, 'history-snapshot-diff')
    await page.goto(`/w/${workspaceId}/print`)
    await page.getByTestId('print-page').waitFor(UI)
    await checkPhonePage(page, 'print')

    // A live exercise started over REST: the student's home follows to the exercise workspace with its banner.
    await page.goto('/me')
    await page.getByTestId('assignments').waitFor(UI)
    await startExercise(setup.lecturer, setup.classId)
    await page.waitForURL(/\/w\/[^/]+$/, UI)
    await editor(page, NOTES).waitFor(UI)
    await page.locator('.exercise-banner [data-exercise-clock="running"]').first().waitFor(UI)
    await checkPhonePage(page, 'exercise-banner')
    await page.getByRole('button', { name: /Minta bantuan/ }).click()
    await page.getByLabel('Catatan untuk dosen (boleh kosong)').fill('Bagian 5C belum jelas')
    await checkPhonePage(page, 'exercise-help-note')
    await page.getByRole('button', { name: 'Kirim permintaan' }).click()
    await page.getByText('Permintaan bantuan terkirim').waitFor(UI)
    await checkPhonePage(page, 'exercise-help-sent')

    // English labels are often longer: the same rules hold.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByText('Help request sent').waitFor(UI)
    await checkPhonePage(page, 'exercise-en')
    await page.goto('/me')
    await page.getByTestId('assignments').waitFor(UI)
    await checkPhonePage(page, 'home-en')
  })
})
