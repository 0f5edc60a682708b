import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { createApi } from '../helpers/api'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf, type YClient } from '../helpers/yclient'
import { startExercise } from '../exercises/helpers'
import {
  editor,
  expectState,
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
  typeInto,
  UI,
} from './flows'
import { PHONE } from './phoneAudit'

const NOTES = 'fiveC.context.notes'
const SAVED = 'daring · tersimpan'

/** Whether the element is what a finger at its centre would touch (nothing sticky drawn over it). */
const onTop = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return box.top >= 0 && box.bottom <= innerHeight && !!hit && (hit === el || el.contains(hit))
  })

/** A caret label's computed opacity (the first teammate's caret in the notes). */
const labelOpacity = (page: Page) =>
  page
    .locator('.cm-ySelectionInfo')
    .first()
    .evaluate((el) => getComputedStyle(el).opacity)

describe('issue 13 on a 360 × 740 phone, in Indonesian', { timeout: 180_000 }, () => {
  let env: BrowserEnv
  const clients: YClient[] = []
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await env?.close()
  })

  it('the first field is above the fold; "💬 1" opens its thread; teammates’ names show briefly after their edit', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.lecturer.createTeam(setup.classId, 'Tim Biru')
    const assignment = await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['fiveC', 'ecomap', 'breton'],
    })
    const workspaceId = assignment.workspaces.find((w) => w.teamId === setup.team.id)?.id ?? ''
    const budi = await createApi(env.baseUrl).join({
      joinCode: setup.joinCode,
      name: 'Budi',
      teamId: setup.team.id,
    })
    const { page } = await env.newSession(PHONE)
    await joinAsStudent(page, setup.joinCode, 'Ani')
    await pickTeam(page, setup.team.name)
    // The heading says "Tugas Tim Merah", not "Tugas tim Tim Merah".
    await page.getByRole('heading', { name: `Tugas ${setup.team.name}`, exact: true }).waitFor(UI)
    await openFirstAssignment(page)
    await expectState(page, SAVED)

    // Defect 13: the first field of the form shows without scrolling.
    const firstField = page.locator('.template-form .form-field').first()
    await firstField.waitFor(UI)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone13-workspace-top.png') })
    const fieldTop = await firstField.evaluate((el) => el.getBoundingClientRect().top)
    expect(fieldTop).toBeLessThan(PHONE.height - 60)
    // The template picker's count is not cut off: it comes first in the closed select.
    const select = page.locator('.template-select select')
    const shown = await select.evaluate((el) => {
      const s = el as HTMLSelectElement
      const text = s.options[s.selectedIndex]?.text ?? ''
      const ctx = document.createElement('canvas').getContext('2d')
      if (!ctx) return { text, fits: false }
      ctx.font = getComputedStyle(s).font
      const count = text.match(/^\d+\/\d+/)?.[0] ?? text
      // The text box of a closed select: its width less padding and the arrow (about 24 px).
      return { text, fits: ctx.measureText(count).width < s.clientWidth - 24 - 16 }
    })
    expect(shown.text).toMatch(/^\d+\/\d+ · /)
    expect(shown.fits).toBe(true)

    // Defect 8: a teammate's comment on the notes; the field's "💬 1" opens that thread, not a blank composer.
    await createApi(env.baseUrl, budi.token).createComment(
      workspaceId,
      { templateId: 'fiveC', path: ['context', 'notes'] },
      'Sumber dukungan keluarga belum ditulis.',
    )
    const button = page.getByTestId(`comment-button-${NOTES}`)
    // Its accessible name starts with the visible "1" (the 💬 is decoration).
    await page.getByRole('button', { name: '1 komentar pada isian ini: buka', exact: true }).waitFor(UI)
    expect(await button.getAttribute('aria-label')).toBeNull()
    await button.click()
    const panel = page.getByTestId('comments-panel')
    const focus = panel.getByTestId('comment-focus')
    await focus.waitFor(UI)
    const thread = panel
      .getByTestId('comment-thread')
      .filter({ hasText: 'Sumber dukungan keluarga belum ditulis.' })
    await expect.poll(() => thread.isVisible(), UI).toBe(true)
    await expect.poll(() => onTop(focus), UI).toBe(true)
    expect(await panel.getByLabel('Tulis komentar').count()).toBe(0)
    // From there, a new comment on the same field is one tap away.
    await focus.getByRole('button', { name: 'Komentar baru pada isian ini' }).click()
    await panel.getByLabel('Tulis komentar').waitFor(UI)
    await panel.getByRole('button', { name: 'Batal' }).click()

    // Defect 12: Budi's caret in the notes; its name shows after his edit, then hides; hover shows it again.
    const writer = await connectSynced(env.server.wsUrl, workspaceId, budi.token)
    clients.push(writer)
    await page.evaluate(() => window.scrollTo(0, 0))
    const text = notesOf(writer.doc)
    text.insert(0, 'Keluarga inti tinggal bersama nenek. ')
    writer.provider.awareness.setLocalState({
      user: { name: 'Budi', color: '#15803d', colorLight: '#15803d33' },
      field: NOTES,
      cursor: {
        anchor: (await import('yjs')).createRelativePositionFromTypeIndex(text, 8),
        head: (await import('yjs')).createRelativePositionFromTypeIndex(text, 8),
      },
    })
    await page
      .locator('.cm-ySelectionInfo')
      .first()
      .waitFor({ state: 'attached', ...UI })
    text.insert(text.length, 'Ayah bekerja di kota lain.')
    await expect.poll(() => labelOpacity(page), UI).toBe('1')
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone13-caret-label.png') })
    const fonts = await page
      .locator('.cm-ySelectionInfo')
      .first()
      .evaluate((el) => ({
        label: getComputedStyle(el).fontFamily,
        app: getComputedStyle(document.body).fontFamily,
        size: parseFloat(getComputedStyle(el).fontSize),
      }))
    expect(fonts.label).toBe(fonts.app)
    expect(fonts.size).toBeGreaterThanOrEqual(12)
    // A moment later it no longer covers the line above.
    await expect.poll(() => labelOpacity(page), UI).toBe('0')
    await page.locator('.cm-ySelectionCaret').first().hover()
    await expect.poll(() => labelOpacity(page), UI).toBe('1')
  })

  it('the ecomap at 360 px: a readable legend, a dragged system stays whole on the map; 24 px radios', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['ecomap', 'fiveC'],
    })
    const { page } = await env.newSession(PHONE)
    await joinAsStudent(page, setup.joinCode, 'Ani')
    await pickTeam(page, setup.team.name)
    await openFirstAssignment(page)
    await expectState(page, SAVED)
    const map = page.getByTestId('ecomap')
    await map.locator('[data-system-id]').first().waitFor(UI)

    // Legend text: at least 12 px wherever it is shown on the page.
    const legendSizes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-legend] text, [data-testid="ecomap-legend-list"] *')]
        .filter(
          (el) =>
            el.checkVisibility() &&
            el.getBoundingClientRect().height > 0 &&
            [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
        )
        // Text in the drawing is scaled with it: its size on screen is its font size times the drawing's scale.
        .map(
          (el) =>
            parseFloat(getComputedStyle(el).fontSize) *
            (el instanceof SVGElement ? (el.ownerSVGElement?.getScreenCTM()?.a ?? 1) : 1),
        ),
    )
    expect(legendSizes.length).toBeGreaterThan(3)
    expect(Math.min(...legendSizes)).toBeGreaterThanOrEqual(12)

    // Select the first system, then drag it with a finger far past the map's right edge: it stops inside, whole,
    // its selection ring too (checked while the finger is still down).
    const system = map.locator('[data-system-id]').first()
    await system.scrollIntoViewIfNeeded()
    await system.tap()
    const ring = system.locator('circle[data-export="skip"]').first()
    await ring.waitFor(UI)
    const svgBox = await map.locator('svg.ecomap-svg').boundingBox()
    const from = await ring.boundingBox()
    if (!svgBox || !from) throw new Error('no drawing or no selection ring')
    const x = from.x + from.width / 2
    const y = from.y + from.height / 2
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    for (let i = 1; i <= 10; i++) {
      const to = x + ((svgBox.x + svgBox.width + 80 - x) * i) / 10
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y }] })
    }
    const rightGap = async () => {
      const box = await ring.boundingBox()
      return box ? svgBox.x + svgBox.width - (box.x + box.width) : null
    }
    // At the edge (less than a few pixels from it)...
    await expect.poll(rightGap, UI).toBeLessThan(6)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone13-ecomap-drag.png') })
    // ...and not past it: nothing of the system or its ring is cut off.
    for (const part of [ring, system.locator('circle').last()]) {
      const box = await part.boundingBox()
      if (!box) throw new Error('no box')
      expect(box.x + box.width).toBeLessThanOrEqual(svgBox.x + svgBox.width)
      expect(box.x).toBeGreaterThanOrEqual(svgBox.x)
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await cdp.detach()

    // The stage self-check's radios are 24 × 24.
    const radio = page.locator('.self-check input[type="radio"]').first()
    await radio.scrollIntoViewIfNeeded()
    const radioBox = await radio.boundingBox()
    expect(radioBox?.width).toBeGreaterThanOrEqual(24)
    expect(radioBox?.height).toBeGreaterThanOrEqual(24)
  })

  it('in a live exercise, scrolled: the clock is one line, the state line and undo stay visible and tappable', async () => {
    const setup = await setupClass(env.baseUrl)
    const { page } = await env.newSession(PHONE)
    await joinAsStudent(page, setup.joinCode, 'Ani')
    await pickTeam(page, setup.team.name)
    const exercise = await startExercise(setup.lecturer, setup.classId)
    await page.waitForURL(/\/w\/[^/]+$/, UI)
    await editor(page, NOTES).waitFor(UI)
    await expectState(page, SAVED)
    await typeInto(page, NOTES, 'Kelompok remaja bertemu setiap Sabtu.')
    await expectState(page, SAVED)
    // With the lecturer's message the banner is at its tallest.
    const banner = page.locator('.exercise-banner')
    await banner.locator('[data-exercise-clock="running"]').waitFor(UI)
    const message = 'Sepuluh menit lagi; tulis dulu konteks kelompok sebelum menggambar ekomap.'
    const sent = await setup.lecturer.request('POST', `/api/exercises/${exercise.id}/broadcast`, { message })
    expect(sent.status).toBe(200)
    await page.getByText(`Pesan dosen: ${message}`).waitFor(UI)

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.5))
    await expect.poll(() => banner.getAttribute('class'), UI).toContain('exercise-banner-compact')
    const lineHeight = await banner.evaluate((el) => {
      const button = el.querySelector('button')
      return (button?.getBoundingClientRect().height ?? 40) + 16
    })
    await expect
      .poll(() => banner.evaluate((el) => el.getBoundingClientRect().height), UI)
      .toBeLessThanOrEqual(lineHeight)
    const state = page.getByTestId('state-line')
    await expect.poll(() => onTop(state), UI).toBe(true)
    for (const name of ['Urungkan', 'Ulangi']) {
      const button = page.getByRole('button', { name, exact: true })
      await expect.poll(() => onTop(button), UI).toBe(true)
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone13-exercise-scrolled.png') })
    // Still tappable: undo reverts the typing.
    await page.getByRole('button', { name: 'Urungkan', exact: true }).click()
    await expect.poll(async () => (await editor(page, NOTES).textContent()) ?? '', UI).not.toContain('Sabtu')
  })
  it('the class page shows the due date with its time and zone; a slow page says it is loading', async () => {
    const setup = await setupClass(env.baseUrl)
    const due = new Date(Date.now() + 3 * 24 * 3600_000)
    due.setUTCHours(9, 30, 0, 0)
    const assignment = await setup.lecturer.createAssignment(setup.classId, {
      caseId: CASE_LIBRARY[0]?.id ?? '',
      templates: ['fiveC'],
      dueAt: due.toISOString(),
    })
    const { page } = await env.newSession(PHONE)
    await logInAsLecturer(page, setup.email, setup.password)

    // The class's data held back until the page has shown that it is loading.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(`**/api/classes/${setup.classId}`, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`/classes/${setup.classId}`)
    await page.getByTestId('loading').getByText('Memuat…').waitFor(UI)
    release()
    await page.getByTestId('loading').waitFor({ state: 'detached', ...UI })
    const item = page.locator('.cards li', { hasText: assignment.title.id }).first()
    // Chromium's zone here is the machine's (UTC in CI): 09.30 with its abbreviation.
    const text = (await item.textContent()) ?? ''
    expect(text).toMatch(/tenggat.*\d{1,2}[.:]\d{2}\s+(WIB|WITA|WIT|UTC|GMT[+-]?\d*)/)
  })
})
