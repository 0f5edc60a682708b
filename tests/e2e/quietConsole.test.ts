import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserEnv } from '../helpers/browser'
import { expectState, joinAsStudent, openFirstAssignment, pickTeam, setupClass, typeInto, UI } from './flows'

/** A name other than localhost: the page is plain http on a "LAN" origin, not a secure context. */
const HOST = 'ruangkasus-lan.test'

/** Everything a page reports that hides real errors: console errors, failed requests, answers ≥ 400. */
function watchNoise(page: Page): string[] {
  const noise: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') noise.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => noise.push(`pageerror: ${error.message}`))
  page.on('requestfailed', (request) => {
    // A socket.io long-poll or a document connection cut by navigating away is not an error of the page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return
    noise.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      noise.push(`${response.status()}: ${response.request().method()} ${response.url()}`)
  })
  return noise
}

describe(
  'pages log no error and make no failed request (plain http on a LAN name)',
  { timeout: 120_000 },
  () => {
    const env = useBrowserEnv({ host: HOST })

    it('a signed-out page learns it is signed out from GET /api/session (200), with no 401 and no COOP error', async () => {
      const { page } = await env().newSession({ width: 360, height: 740 })
      const noise = watchNoise(page)
      const session = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/session')
      await page.goto('/')
      expect((await session).status()).toBe(200)
      expect(await (await session).json()).toEqual({ user: null })
      await page.getByRole('button', { name: 'Bergabung' }).waitFor(UI)
      await page.goto('/login')
      await page.getByRole('button', { name: 'Masuk' }).waitFor(UI)
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
      expect(noise).toEqual([])
    })

    it('a student joins, picks a team, opens the workspace (contributions not shared) and types: all quiet', async () => {
      const setup = await setupClass(env().server.url)
      const assignment = await setup.assign()
      const { page } = await env().newSession({ width: 360, height: 740 })
      const noise = watchNoise(page)
      const asked: string[] = []
      page.on('request', (request) => asked.push(new URL(request.url()).pathname))

      await joinAsStudent(page, setup.joinCode, 'Rina')
      await pickTeam(page, setup.team.name)
      await openFirstAssignment(page)
      await expectState(page, 'daring · tersimpan')
      await typeInto(page, 'fiveC.context.notes', 'Kelompok mulai saling percaya.')
      await expectState(page, 'daring · tersimpan')
      await page.reload()
      await expectState(page, 'daring · tersimpan')
      // The lecturer has not shared the contribution figures: the page does not ask for them.
      expect(asked.filter((p) => p.endsWith('/contributions'))).toEqual([])
      expect(noise).toEqual([])

      // Once the lecturer shares them, the page asks and gets them (200), still quietly.
      const shared = await setup.lecturer.request('PUT', `/api/assignments/${assignment.id}/settings`, {
        showContributionsToTeam: true,
      })
      expect(shared.status).toBe(200)
      const mirror = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/contributions'))
      await page.reload()
      expect((await mirror).status()).toBe(200)
      await expectState(page, 'daring · tersimpan')
      expect(noise).toEqual([])
    })
  },
)
