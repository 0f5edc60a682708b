import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { addCollectionItem } from '../../cases/ydoc/collections'
import { createApi } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf } from '../helpers/yclient'
import { logInAsLecturer, setupClass, UI } from './flows'

const NOTES = 'Keluarga tinggal bersama nenek; ayah bekerja di luar kota.'

describe('the print view of a workspace', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('shows the header, the 5 C text and the ecomap drawing with its tie, and prints to a PDF', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['fiveC', 'ecomap'],
    })
    const workspaceId = assignment.workspaces[0]?.id ?? ''
    const joined = await createApi(env.baseUrl).join({
      joinCode: setup.joinCode,
      name: 'Mahasiswa Cetak',
      teamId: setup.team.id,
    })
    const student = createApi(env.baseUrl, joined.token)

    // A stock y-websocket client writes the 5 C notes, a system and a strong tie from the centre to it.
    const client = await connectSynced(env.server.wsUrl, workspaceId, joined.token)
    notesOf(client.doc).insert(0, NOTES)
    const systemId = addCollectionItem(client.doc, 'ecomap', 'systems', {
      label: 'Sekolah Anak',
      category: 'education',
      x: 800,
      y: 250,
    })
    addCollectionItem(client.doc, 'ecomap', 'ties', { from: 'centre', to: systemId, strength: 'strong' })
    await vi.waitFor(async () => {
      const exported = await student.exportWorkspace(workspaceId)
      expect(exported.templates.fiveC?.context).toMatchObject({ notes: NOTES })
      expect(exported.templates.ecomap?.ties).toHaveLength(1)
    }, UI)
    client.destroy()

    const { page } = await env.newSession()
    await logInAsLecturer(page, setup.email, setup.password)
    // The workspace page links to its print view.
    await page.goto(`/w/${workspaceId}`)
    await page.getByRole('link', { name: 'Cetak', exact: true }).click()
    await page.waitForURL(`**/w/${workspaceId}/print`, UI)
    const view = page.getByTestId('print-page')
    await view.getByText(NOTES).waitFor(UI)
    await view.getByText('Mahasiswa Cetak').waitFor(UI)
    await view.getByText(setup.team.name).first().waitFor(UI)
    expect(await view.locator('.print-header').textContent()).toMatch(/WIB|WITA|WIT|GMT|UTC/)
    // The ecomap is drawn: the system with its label and one tie in the strong notation.
    const drawing = view.locator('svg.print-ecomap-svg')
    const system = drawing.locator(`[data-system-id="${systemId}"]`)
    await system.waitFor(UI)
    // The label wraps onto two lines (two tspans).
    expect(await system.textContent()).toContain('SekolahAnak')
    expect(await drawing.locator('[data-tie-id] [data-tie-strength="strong"]').count()).toBe(1)
    // The tables name the tie's ends (the unnamed centre as "Pusat", never "centre") and leave coordinates to the drawing.
    const ties = view.locator('.print-section', {
      has: page.getByRole('heading', { name: 'Ikatan', exact: true }),
    })
    expect(await ties.locator('tbody td').allTextContents()).toEqual(
      expect.arrayContaining(['Pusat', 'Sekolah Anak']),
    )
    expect(await view.locator('[data-print-template="ecomap"]').textContent()).not.toMatch(/\bcentre\b/)
    expect(await view.textContent()).not.toContain('Posisi x')
    await page.getByRole('button', { name: 'Cetak', exact: true }).waitFor(UI)

    // Printing: the app's frame and the buttons are hidden; the PDF is a real, non-empty document.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.topbar').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Cetak', exact: true }).isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(5_000)
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    await writeFile(path.join(SCREENSHOT_DIR, 'print.pdf'), pdf)

    // A stored version prints too: its number, who submitted it, and its text.
    expect((await student.request('POST', `/api/workspaces/${workspaceId}/submit`)).status).toBe(201)
    await page.emulateMedia({ media: 'screen' })
    await page.goto(`/w/${workspaceId}/print?version=1`)
    await view.getByText(/^Versi 1, dikumpulkan .* oleh Mahasiswa Cetak$/).waitFor(UI)
    await view.getByText(NOTES).waitFor(UI)
    expect(await view.locator('svg.print-ecomap-svg [data-tie-id]').count()).toBe(1)
  })
})
