import type { Page } from 'playwright-core'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { addCollectionItem } from '../../cases/ydoc/collections'
import { createApi } from '../helpers/api'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf, type YClient } from '../helpers/yclient'
import { UI, expectFieldText, joinAndOpenAssignment, logInAsLecturer, setupClass } from './flows'

const NOTES = 'Keluarga tinggal bersama nenek; ayah bekerja di luar kota.'
const NOTES_PATH = 'fiveC.context.notes'
const HONEST_COLOR = '#15803d'
/** The colour that covered a lecturer's page (issue 11): a declaration list that paints the whole viewport. */
const PAINT =
  `red; position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; z-index: 99999; background-image: ` +
  `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><text y='40'>Sesi berakhir: masukkan kata sandi</text></svg>")`
/** Pieces of PAINT that must never appear in any style attribute. */
const PAINT_MARKS = ['fixed', '100vw', '100vh', 'url(', 'data:', '99999']

/** Record CSP violations (the DOM event and Chromium's console report) and page errors of a page. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text()))
      problems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return problems
}

/** What the page shows of remote presence: caret boxes, style attributes, full-viewport fixed elements. */
function paintReport(page: Page) {
  return page.evaluate(() => {
    const carets = [...document.querySelectorAll('.cm-ySelectionCaret')].map((caret) => {
      const box = caret.getBoundingClientRect()
      return { width: box.width, height: box.height, style: caret.getAttribute('style') ?? '' }
    })
    const styles = [...document.querySelectorAll('[style]')].map((el) => el.getAttribute('style') ?? '')
    const covering = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect()
      return (
        getComputedStyle(el).position === 'fixed' &&
        box.width >= innerWidth * 0.8 &&
        box.height >= innerHeight * 0.8
      )
    }).length
    return { carets, styles, covering }
  })
}

/** Wait for both teammates' carets in the notes, then check that neither paints. */
async function expectCaretsThatDoNotPaint(page: Page): Promise<void> {
  await expect.poll(async () => (await paintReport(page)).carets.length, UI).toBe(2)
  const report = await paintReport(page)
  for (const caret of report.carets) {
    expect(caret.width).toBeLessThan(40)
    expect(caret.height).toBeLessThan(60)
  }
  // The honest colour is drawn; the hostile one nowhere (its caret falls back to the editor's default).
  expect(report.carets.some((caret) => caret.style.includes(HONEST_COLOR))).toBe(true)
  expectNoPaint(report)
}

function expectNoPaint(report: Awaited<ReturnType<typeof paintReport>>): void {
  for (const style of report.styles) for (const mark of PAINT_MARKS) expect(style).not.toContain(mark)
  expect(report.covering).toBe(0)
}

describe('presence that cannot paint', { timeout: 180_000 }, () => {
  let env: BrowserEnv
  const clients: YClient[] = []
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await env?.close()
  })

  it('a hostile colour reaches neither a teammate’s nor the lecturer’s page: carets stay small boxes, no CSP violation', async () => {
    const setup = await setupClass(env.baseUrl)
    const assignment = await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['fiveC', 'ecomap'],
    })
    const workspaceId = assignment.workspaces[0]?.id ?? ''
    const join = (name: string) =>
      createApi(env.baseUrl).join({ joinCode: setup.joinCode, name, teamId: setup.team.id })
    const hostile = await join('Mahasiswa Jahil')
    const honest = await join('Mahasiswa Jujur')

    // The honest teammate writes the notes and adds a system to the ecomap (stock y-websocket client).
    const writer = await connectSynced(env.server.wsUrl, workspaceId, honest.token)
    clients.push(writer)
    notesOf(writer.doc).insert(0, NOTES)
    const systemId = addCollectionItem(writer.doc, 'ecomap', 'systems', {
      label: 'Sekolah Anak',
      category: 'education',
      x: 800,
      y: 250,
    })

    // A teammate has the workspace open in Chromium, the lecturer too.
    const ani = await env.newSession()
    const aniProblems = await watchProblems(ani.page)
    await joinAndOpenAssignment(ani.page, setup.joinCode, 'Ani')
    await expectFieldText(ani.page, NOTES_PATH, (text) => text === NOTES)
    const lecturer = await env.newSession()
    const lecturerProblems = await watchProblems(lecturer.page)
    await logInAsLecturer(lecturer.page, setup.email, setup.password)
    await lecturer.page.goto(`/w/${workspaceId}`)
    await expectFieldText(lecturer.page, NOTES_PATH, (text) => text === NOTES)

    // The honest teammate selects "Keluarga" in the notes, in a valid colour.
    const selection = (client: YClient, from: number, to: number) => ({
      anchor: Y.createRelativePositionFromTypeIndex(notesOf(client.doc), from),
      head: Y.createRelativePositionFromTypeIndex(notesOf(client.doc), to),
    })
    writer.provider.awareness.setLocalState({
      user: { name: 'Jujur', color: HONEST_COLOR, colorLight: `${HONEST_COLOR}33` },
      field: NOTES_PATH,
      cursor: selection(writer, 0, 8),
    })
    // The hostile student publishes the painting colour with a caret in the notes, and from a second
    // connection on the ecomap's system.
    const inNotes = await connectSynced(env.server.wsUrl, workspaceId, hostile.token)
    const onSystem = await connectSynced(env.server.wsUrl, workspaceId, hostile.token)
    clients.push(inNotes, onSystem)
    inNotes.provider.awareness.setLocalState({
      user: { name: 'Sesi berakhir', color: PAINT, colorLight: PAINT },
      field: NOTES_PATH,
      cursor: selection(inNotes, 9, 16),
      style: PAINT,
    })
    onSystem.provider.awareness.setLocalState({
      user: { color: PAINT, colorLight: PAINT },
      field: `ecomap.systems.${systemId}`,
    })

    for (const page of [ani.page, lecturer.page]) {
      await expectCaretsThatDoNotPaint(page)
      // The presence bar lists the hostile student by the name the server knows, with a plain dot.
      await page.getByTestId('presence').getByText('Mahasiswa Jahil').first().waitFor(UI)
    }

    // The ecomap shows the hostile student on the system in grey, never in the painting colour.
    for (const page of [ani.page, lecturer.page]) {
      await page.locator('[data-template-tab="ecomap"]').click()
      const system = page.getByTestId('ecomap').locator(`[data-system-id="${systemId}"]`)
      await system.waitFor(UI)
      await expect.poll(() => system.locator('circle[stroke="#555555"]').count(), UI).toBe(1)
      expectNoPaint(await paintReport(page))
    }

    // Exporting the drawing as PNG still works under the tighter CSP (an image from a blob: URL).
    const [download] = await Promise.all([
      ani.page.waitForEvent('download'),
      ani.page.getByTestId('ecomap').getByRole('button', { name: 'Unduh PNG' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.png$/)

    // The lecturer's review and print pages load without a CSP violation either.
    await lecturer.page.goto(`/w/${workspaceId}/print`)
    await lecturer.page.getByTestId('print-page').getByText(NOTES).waitFor(UI)
    await lecturer.page.locator('svg.print-ecomap-svg').waitFor(UI)
    await lecturer.page.goto(`/classes/${setup.classId}/review`)
    await lecturer.page.getByRole('heading', { name: 'Tinjauan: Kelas Uji' }).waitFor(UI)
    await lecturer.page.getByRole('link', { name: `Nilai ${setup.team.name}` }).click()
    await lecturer.page.getByText(NOTES).first().waitFor(UI)

    expect(await download.failure()).toBeNull()
    expect(aniProblems).toEqual([])
    expect(lecturerProblems).toEqual([])
  })
})
