import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createApi } from '../helpers/api'
import { useBrowserEnv } from '../helpers/browser'
import { startExercise } from '../exercises/helpers'
import { editor, joinAsStudent, logInAsLecturer, pickTeam, setupClass, UI } from './flows'

const PHONE = { width: 360, height: 740 }

/** The team cards of the control room's overview, by team name. */
const cardNames = (page: Page) => page.locator('.exercise-card .exercise-card-name').allTextContents()

describe(
  'a live exercise on phones: empty teams, forming teams, help notes and the lecturer ending it',
  { timeout: 150_000 },
  () => {
    const env = useBrowserEnv()

    it('shows no empty team, explains the split before forming, shows the note as text, and says the lecturer ended it', async () => {
      const setup = await setupClass(env().baseUrl)
      await setup.lecturer.createTeam(setup.classId, 'Tim Kosong')
      const student = await env().newSession(PHONE)
      await joinAsStudent(student.page, setup.joinCode, 'Sari')
      await pickTeam(student.page, setup.team.name)
      // Three latecomers join without a team.
      const anon = createApi(env().server.url)
      for (const name of ['Andi', 'Budi', 'Citra']) await anon.join({ joinCode: setup.joinCode, name })

      const created = await startExercise(setup.lecturer, setup.classId)
      await student.page.waitForURL(/\/w\/[^/]+$/, UI)
      await editor(student.page, 'fiveC.context.notes').waitFor(UI)

      const lecturer = await env().newSession(PHONE)
      await logInAsLecturer(lecturer.page, setup.email, setup.password)
      await lecturer.page.goto(`/classes/${setup.classId}/exercise/${created.id}`)
      await lecturer.page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`).waitFor(UI)
      // The empty team has no workspace: no card for it.
      expect(await cardNames(lecturer.page)).toEqual([setup.team.name])

      // Teams of 2 from 3 students: the split and its reason are shown before the button is pressed.
      await lecturer.page.getByLabel('Ukuran tim').fill('2')
      const preview = lecturer.page.getByTestId('team-sizes-preview')
      await expect.poll(() => preview.textContent(), UI).toContain('3 mahasiswa → 1 tim berisi 3')
      expect(await preview.textContent()).toContain('Sisa 1 mahasiswa tidak dibiarkan sendirian')
      await lecturer.page.getByLabel('Ukuran tim').fill('3')
      await expect.poll(() => preview.textContent(), UI).toBe('3 mahasiswa → 1 tim berisi 3')
      await lecturer.page.getByLabel('Ukuran tim').fill('2')
      await lecturer.page.getByRole('button', { name: 'Bentuk tim dari mahasiswa tanpa tim' }).click()
      await lecturer.page.getByText('1 tim baru dibentuk.').waitFor(UI)
      await expect.poll(() => cardNames(lecturer.page), UI).toHaveLength(2)
      expect(await cardNames(lecturer.page)).not.toContain('Tim Kosong')

      // A help request with a note that looks like markup: the card shows the name and the note as text.
      const note = '<b>Bagian 5C</b> belum jelas'
      await student.page.getByRole('button', { name: /Minta bantuan/ }).click()
      await student.page.getByLabel('Catatan untuk dosen (boleh kosong)').fill(note)
      await student.page.getByRole('button', { name: 'Kirim permintaan' }).click()
      await student.page.getByText('Permintaan bantuan terkirim').waitFor(UI)
      const card = lecturer.page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`)
      const help = card.locator('.exercise-help-note')
      await expect.poll(() => help.textContent(), UI).toBe(`Sari: “${note}”`)
      expect(await card.locator('.exercise-help-note b').count()).toBe(0)

      // The lecturer ends it early: the confirm button names the action; students read who ended it.
      await lecturer.page.getByRole('button', { name: 'Akhiri', exact: true }).click()
      expect(await lecturer.page.getByRole('button', { name: 'Ya, lanjutkan' }).count()).toBe(0)
      await lecturer.page.getByRole('button', { name: 'Ya, akhiri' }).click()
      await lecturer.page.locator('.exercise-clock [data-exercise-clock="ended"]').waitFor(UI)
      await student.page.getByText('Latihan diakhiri oleh dosen').waitFor(UI)
      const submitted = student.page.getByTestId('submitted-banner')
      await expect.poll(() => submitted.textContent(), UI).toContain('oleh dosen, saat latihan diakhiri')
      const page = (await student.page.textContent('body')) ?? ''
      expect(page).not.toContain('Waktu latihan habis')
      expect(page).not.toContain('batas waktu')
    })
  },
)
