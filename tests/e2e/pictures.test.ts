import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it, vi } from 'vitest'
import type * as Y from 'yjs'
import { CASE_LIBRARY } from '../../cases/library'
import { getTemplate } from '../../cases/templates'
import { addCollectionItem } from '../../cases/ydoc/collections'
import { readTemplate, type CollectionJson } from '../../cases/ydoc/read'
import { createApi } from '../helpers/api'
import { SCREENSHOT_DIR, useBrowserEnv } from '../helpers/browser'
import { connectSynced, notesOf } from '../helpers/yclient'
import { startExercise } from '../exercises/helpers'
import { joinAsStudent, logInAsLecturer, pickTeam, setupClass, UI } from './flows'
import { PHONE } from './phoneAudit'

const CENTRE = 'Keluarga Ibu R'
const LAPTOP = { width: 1366, height: 768 }
const VIEWPORTS = [
  { name: 'laptop', size: LAPTOP },
  { name: 'phone', size: PHONE },
]

/** The words of every text in a drawing, its wrapped lines (tspans) joined by spaces, as a reader sees them. */
const drawnTexts = (svg: Locator) =>
  svg.evaluate((el) =>
    [...el.querySelectorAll('text')].map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '')
      return (lines.length ? lines.join(' ') : (text.textContent ?? '')).trim()
    }),
  )

const AXE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  'axe-core',
  'axe.min.js',
)

/** axe-core's serious and critical violations inside one part of the page, as "rule: target" lines. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  // Evaluated over the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'))
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] })
    // A region axe found nothing to check in would pass vacuously.
    if (result.passes.length === 0) return [`nothing checked in ${include}`]
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
  }, selector)
}

/** Whether the page scrolls sideways (a picture wider than the screen). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

describe(
  'pictures where people would rather look (Indonesian, 360 × 740 and 1366 × 768)',
  { timeout: 240_000 },
  () => {
    const env = useBrowserEnv()

    /** A team that wrote a note and drew one tie from the centre to the education system, then submitted. */
    async function submittedEcomap() {
      const setup = await setupClass(env().baseUrl)
      const assignment = await setup.lecturer.createAssignment(setup.classId, {
        caseId: CASE_LIBRARY[0]!.id,
        templates: ['fiveC', 'ecomap'],
      })
      const workspaceId = assignment.workspaces[0]!.id
      const joined = await createApi(env().baseUrl).join({
        joinCode: setup.joinCode,
        name: 'Sari Wulandari',
        teamId: setup.team.id,
      })
      const student = createApi(env().baseUrl, joined.token)
      const client = await connectSynced(env().server.wsUrl, workspaceId, joined.token)
      const systems = readTemplate(client.doc, getTemplate('ecomap')).systems as CollectionJson
      const school = systems.find((s) => s.category === 'education')!
      ;(client.doc.getMap('ecomap').get('centre') as Y.Map<unknown>).set('label', CENTRE)
      addCollectionItem(client.doc, 'ecomap', 'ties', {
        from: 'centre',
        to: school.id,
        strength: 'strong',
        stressful: false,
        flow: 'none',
      })
      notesOf(client.doc).insert(0, 'Keluarga ini jarang keluar rumah.')
      await vi.waitFor(async () => {
        const exported = await student.exportWorkspace(workspaceId)
        expect(exported.templates.ecomap?.ties).toHaveLength(1)
        expect(exported.templates.fiveC?.context).toMatchObject({
          notes: 'Keluarga ini jarang keluar rumah.',
        })
      }, UI)
      expect((await student.request('POST', `/api/workspaces/${workspaceId}/submit`)).status).toBe(201)
      client.destroy()
      const shared = await setup.lecturer.request('PUT', `/api/assignments/${assignment.id}/settings`, {
        showContributionsToTeam: true,
      })
      expect(shared.status).toBe(200)
      return { setup, workspaceId, schoolId: school.id }
    }

    it('the dashboard tints each template by its progress with the figures; grading draws the ecomap with names and shows contribution bars', async () => {
      const { setup, workspaceId, schoolId } = await submittedEcomap()
      for (const { name, size } of VIEWPORTS) {
        const { page, context } = await env().newSession(size)
        await logInAsLecturer(page, setup.email, setup.password)

        // Dashboard: one row per template, its figures as text and its tint as a class (colour is not the only signal).
        await page.goto(`/classes/${setup.classId}/review`)
        const cell = page.locator(`[data-workspace="${workspaceId}"]`)
        const ecomapRow = cell.locator('li[data-template="ecomap"]')
        await ecomapRow.waitFor(UI)
        // The centre's name and the tie: 2 filled; the six untouched default systems count for nothing.
        expect(await ecomapRow.textContent()).toMatch(/^Ekomap \(person-in-environment\) 2\/\d+$/)
        expect(await ecomapRow.getAttribute('class')).toMatch(/review-progress (some|most)/)
        expect(await cell.locator('li[data-template="fiveC"]').textContent()).toMatch(/ 1\/\d+$/)
        expect(await cell.getByRole('list', { name: 'Kemajuan per template' }).count()).toBe(1)
        await page.getByText('makin gelap, makin banyak isian', { exact: false }).first().waitFor(UI)
        await cell.screenshot({ path: path.join(SCREENSHOT_DIR, `pictures-dashboard-${name}.png`) })
        expect(await axeProblems(page, `[data-workspace="${workspaceId}"]`)).toEqual([])

        // Grading: the drawing, read-only, beside the list; systems and ties by name.
        await page.goto(`/classes/${setup.classId}/review/${workspaceId}`)
        const figure = page.getByTestId('ecomap-figure')
        const svg = figure.locator('svg')
        await svg.waitFor(UI)
        expect(await svg.getAttribute('aria-label')).toBe(
          `Gambar ekomap ${CENTRE} dengan 6 sistem dan 1 ikatan`,
        )
        const drawn = await drawnTexts(svg)
        // Each system is drawn with its label and its category (two lines of one text).
        expect(drawn).toEqual(
          expect.arrayContaining([
            CENTRE,
            'Keluarga Sistem Keluarga',
            'Pendidikan Sistem Pendidikan',
            'Pelayanan Sosial Sistem Pelayanan Sosial',
            'Agama Sistem Agama',
          ]),
        )
        await figure.getByText('hanya dibaca', { exact: false }).waitFor(UI)
        const work = page.locator('.review-result')
        const text = (await work.textContent()) ?? ''
        expect(text).not.toContain('Posisi x')
        expect(text).not.toContain('Posisi y')
        expect(text).not.toMatch(/\bcentre\b/)
        expect(text).not.toContain(schoolId)
        const tie = work.locator('.review-section', { has: page.getByRole('heading', { name: 'Ikatan' }) })
        expect(await tie.locator('.review-field', { hasText: 'Dari' }).locator('dd').textContent()).toBe(
          CENTRE,
        )
        expect(await tie.locator('.review-field', { hasText: 'Ke sistem' }).locator('dd').textContent()).toBe(
          'Pendidikan',
        )
        // The drawing fits the screen and is big enough to read.
        const box = (await svg.boundingBox())!
        expect(box.width).toBeGreaterThan(280)
        expect(box.x + box.width).toBeLessThanOrEqual(size.width)
        expect(await scrollsSideways(page)).toBe(false)

        // Contributions: a bar per member with the name and the number as text; still "indicators, not grades".
        const panel = page.locator('section.review-contributions')
        await panel.locator('.contribution-bar-name', { hasText: 'Sari Wulandari' }).waitFor(UI)
        expect(await panel.locator('.contribution-bar-value').first().textContent()).toBe('100%')
        expect(await panel.locator('.contribution-bar-fill').first().getAttribute('style')).toBe(
          'width: 100%;',
        )
        expect(await panel.locator('.contribution-bar-track').first().getAttribute('aria-hidden')).toBe(
          'true',
        )
        await panel.getByText('Indikator, bukan nilai', { exact: false }).waitFor(UI)
        await page
          .locator('.review-template', { has: figure })
          .screenshot({ path: path.join(SCREENSHOT_DIR, `pictures-grading-${name}.png`) })
        await panel.screenshot({ path: path.join(SCREENSHOT_DIR, `pictures-contributions-${name}.png`) })
        expect(await axeProblems(page, '[data-testid="ecomap-figure"]')).toEqual([])
        expect(await axeProblems(page, 'section.review-contributions')).toEqual([])
        await context.close()
      }
    })

    it("a student's mirror shows bars with names and numbers; the version view draws the ecomap with names", async () => {
      const { setup } = await submittedEcomap()
      for (const { name, size } of VIEWPORTS) {
        const { page, context } = await env().newSession(size)
        await joinAsStudent(page, setup.joinCode, `Dimas ${name}`)
        await pickTeam(page, setup.team.name)
        await page.getByTestId('assignments').getByRole('link').first().click()

        const mirror = page.locator('section.contribution-mirror')
        await mirror.locator('.contribution-bar-name', { hasText: 'Sari Wulandari' }).waitFor(UI)
        await mirror.locator('.contribution-bar-name', { hasText: `Dimas ${name}` }).waitFor(UI)
        const values = await mirror.locator('.contribution-bar-value').allTextContents()
        expect(values.every((v) => /^\d{1,3}%$/.test(v))).toBe(true)
        await mirror.getByText('Bagian tiap anggota dari kontribusi tim', { exact: false }).waitFor(UI)
        await mirror.getByText('Ini indikator, bukan nilai', { exact: false }).waitFor(UI)
        expect(await axeProblems(page, 'section.contribution-mirror')).toEqual([])

        const versions = page.getByTestId('versions-panel')
        await expect.poll(() => versions.textContent(), UI).toContain('Versi 1')
        await versions.getByRole('button', { name: 'Lihat' }).click()
        const view = versions.getByTestId('version-view')
        const svg = view.getByTestId('ecomap-figure').locator('svg')
        await svg.waitFor(UI)
        expect(await drawnTexts(svg)).toEqual(
          expect.arrayContaining([CENTRE, 'Pendidikan Sistem Pendidikan', 'Agama Sistem Agama']),
        )
        const text = (await view.textContent()) ?? ''
        expect(text).not.toContain('Posisi x')
        expect(text).not.toMatch(/\bcentre\b/)
        const tie = view.locator('section', { has: page.getByRole('heading', { name: 'Ikatan' }) })
        expect(
          await tie.locator('dt', { hasText: 'Dari' }).locator('xpath=following-sibling::dd').textContent(),
        ).toBe(CENTRE)
        const box = (await svg.boundingBox())!
        expect(box.x + box.width).toBeLessThanOrEqual(size.width)
        expect(await scrollsSideways(page)).toBe(false)
        await context.close()
      }
    })

    it("the control room draws each team's last half hour with the count written out", async () => {
      const setup = await setupClass(env().baseUrl)
      const joined = await createApi(env().baseUrl).join({
        joinCode: setup.joinCode,
        name: 'Sari Wulandari',
        teamId: setup.team.id,
      })
      const exercise = await startExercise(setup.lecturer, setup.classId)
      const workspaceId = exercise.workspaces.find((w) => w.teamId === setup.team.id)!.id
      const client = await connectSynced(env().server.wsUrl, workspaceId, joined.token)
      notesOf(client.doc).insert(0, 'Catatan latihan.')
      for (const { size } of VIEWPORTS) {
        const { page, context } = await env().newSession(size)
        await logInAsLecturer(page, setup.email, setup.password)
        await page.goto(`/classes/${setup.classId}/exercise/${exercise.id}`)
        const card = page.locator(`.exercise-card[data-team-id="${setup.team.id}"]`)
        const strip = card.getByRole('img', { name: 'Aktif pada 1 dari 30 menit terakhir' })
        await strip.waitFor(UI)
        expect(await strip.locator('.exercise-minute').count()).toBe(30)
        expect(await strip.locator('.exercise-minute.on').count()).toBe(1)
        await card.getByText('Aktif pada 1 dari 30 menit terakhir').waitFor(UI)
        expect(await axeProblems(page, `.exercise-card[data-team-id="${setup.team.id}"]`)).toEqual([])
        expect(await scrollsSideways(page)).toBe(false)
        await context.close()
      }
      client.destroy()
    })
  },
)
