import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  expectState,
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
} from './flows'

/** The ecomap editor on a page (its region carries data-testid="ecomap"). */
const ecomapOf = (page: Page): Locator => page.getByTestId('ecomap')

/** A system of the drawing by its label (the button is named "Label (Category)"). */
const systemNode = (map: Locator, label: string): Locator =>
  map.locator('[data-system-id]').filter({ has: map.page().locator(`text="${label}"`) })

/** The drawn position of a system: the centre of its main circle (the last circle of its group). */
async function drawnAt(map: Locator, systemId: string): Promise<string> {
  const circle = map.locator(`[data-system-id="${systemId}"] circle`).last()
  return `${await circle.getAttribute('cx')},${await circle.getAttribute('cy')}`
}

/** Drag with one finger (Chromium touch events through CDP: Playwright's touchscreen only taps). */
async function touchDrag(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error('nothing to drag')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  for (let i = 1; i <= 10; i++) {
    const touchPoints = [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

describe('two students drawing one ecomap in separate browsers', { timeout: 120_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('a tie connected in the drawing shows in the other list, a drag moves the other drawing, SVG export holds the tie, the lecturer sees it read-only', async () => {
    const setup = await setupClass(env.baseUrl)
    const caseId = CASE_LIBRARY[0]?.id ?? ''
    // Ani is on a 360 × 740 touch phone, Budi on a laptop with a mouse.
    const aniContext = await env.browser.newContext({
      baseURL: env.baseUrl,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    })
    const ani = { context: aniContext, page: await aniContext.newPage() }
    const budi = await env.newSession()
    await joinAsStudent(ani.page, setup.joinCode, 'Ani')
    await joinAsStudent(budi.page, setup.joinCode, 'Budi')
    await pickTeam(ani.page, 'Tim Merah')
    await pickTeam(budi.page, 'Tim Merah')
    await setup.lecturer.createAssignment(setup.classId, { caseId, templates: ['ecomap'] })
    for (const { page } of [ani, budi]) {
      await page.getByTestId('assignments').getByRole('link').first().waitFor(UI)
      await openFirstAssignment(page)
      await expectState(page, 'daring · tersimpan')
    }
    const aniMap = ecomapOf(ani.page)
    const budiMap = ecomapOf(budi.page)
    await systemNode(aniMap, 'Pendidikan').waitFor(UI)

    // Ani connects the centre to "Pendidikan" by tapping: Connect, the centre, the system.
    await aniMap.getByRole('button', { name: 'Hubungkan' }).tap()
    await aniMap.getByRole('button', { name: 'Pusat', exact: true }).tap()
    await systemNode(aniMap, 'Pendidikan').tap()
    const tie = aniMap.locator('[data-tie-id]')
    await expect.poll(() => tie.count(), UI).toBe(1)
    const tieId = (await tie.getAttribute('data-tie-id')) ?? ''
    // The new tie is selected: Ani makes it strong and stressful in the inspector.
    const inspector = aniMap.getByTestId('ecomap-inspector')
    await inspector.getByLabel('Kekuatan').selectOption('strong')
    await inspector.getByLabel(/Penuh tekanan/).check()

    // Budi sees it in the list editor, with Ani's choices.
    await budiMap.getByRole('button', { name: 'Daftar', exact: true }).click()
    const listed = budiMap.locator(`[data-tie-item="${tieId}"]`)
    await listed.waitFor(UI)
    await expect.poll(() => listed.locator('legend').innerText(), UI).toContain('Pendidikan')
    // Ani still has the tie selected: Budi sees her name on it.
    await expect.poll(() => listed.locator('legend').innerText(), UI).toContain('Ani')
    await expect.poll(() => listed.getByLabel('Kekuatan').inputValue(), UI).toBe('strong')
    await expect.poll(() => listed.getByLabel(/Penuh tekanan/).isChecked(), UI).toBe(true)
    await expect
      .poll(() => listed.getByLabel('Ke sistem').locator('option:checked').innerText(), UI)
      .toBe('Pendidikan')

    // Budi drags "Agama" in his drawing; Ani's drawing moves it too.
    await budiMap.getByRole('button', { name: 'Gambar', exact: true }).click()
    const agama = systemNode(budiMap, 'Agama')
    await agama.scrollIntoViewIfNeeded()
    const agamaId = (await agama.getAttribute('data-system-id')) ?? ''
    const before = await drawnAt(aniMap, agamaId)
    const box = await agama.boundingBox()
    if (!box) throw new Error('Agama is not drawn')
    await budi.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await budi.page.mouse.down()
    await budi.page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 60, { steps: 12 })
    await budi.page.mouse.up()
    await expect.poll(() => drawnAt(budiMap, agamaId), UI).not.toBe(before)
    const moved = await drawnAt(budiMap, agamaId)
    await expect.poll(() => drawnAt(aniMap, agamaId), UI).toBe(moved)
    await expectState(budi.page, 'daring · tersimpan')

    // Ani drags "Politik" with her finger; Budi's drawing moves it too.
    const politikId = (await systemNode(aniMap, 'Politik').getAttribute('data-system-id')) ?? ''
    const politikBefore = await drawnAt(budiMap, politikId)
    await touchDrag(ani.page, systemNode(aniMap, 'Politik'), -40, -25)
    await expect.poll(() => drawnAt(aniMap, politikId), UI).not.toBe(politikBefore)
    const politikMoved = await drawnAt(aniMap, politikId)
    await expect.poll(() => drawnAt(budiMap, politikId), UI).toBe(politikMoved)

    // Ani exports the drawing as SVG: a standalone file that holds the strong, hatched tie.
    const [download] = await Promise.all([
      ani.page.waitForEvent('download'),
      aniMap.getByRole('button', { name: 'Unduh SVG' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^ekomap.*\.svg$/)
    const file = await download.path()
    const svg = await readFile(file, 'utf8')
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(svg).toContain(`data-tie-id="${tieId}"`)
    expect(svg).toContain('data-tie-strength="strong"')
    expect(svg).toContain('Keterangan')
    expect(svg).not.toContain('data-export="skip"')

    // Their lecturer watches read-only: the drawing with the tie, export, and no editing controls.
    const dosen = await env.newSession()
    await logInAsLecturer(dosen.page, setup.email, setup.password)
    await dosen.page.getByRole('link', { name: 'Kelas Uji' }).click()
    await dosen.page.getByRole('link', { name: 'Tim Merah' }).first().click()
    const dosenMap = ecomapOf(dosen.page)
    await dosenMap.locator(`[data-tie-id="${tieId}"]`).waitFor(UI)
    await expect.poll(() => drawnAt(dosenMap, agamaId), UI).toBe(moved)
    expect(await dosenMap.getByRole('button', { name: 'Hubungkan' }).count()).toBe(0)
    expect(await dosenMap.getByRole('button', { name: 'Tambah sistem' }).count()).toBe(0)
    expect(await dosenMap.getByRole('button', { name: 'Unduh SVG' }).count()).toBe(1)

    await ani.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'ecomap-360.png'), fullPage: false })
    const overflow = await ani.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await aniContext.close()
  })
})
