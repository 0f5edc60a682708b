import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR, SCREENSHOT_DIR } from '../helpers/browser'
import { launchChromium, startCrashableServer, type CrashableServer } from '../helpers/crash'
import { expectFieldText, expectState, fieldText, joinAndOpenAssignment, setupClass, typeInto } from './flows'

/**
 * Issue 9 with the app's own client: the server (a child process serving the built client) is SIGKILLed right
 * after a teammate saw the author's text, and started again on the same data folder and port. Reloaded pages
 * (their IndexedDB copies hold the relayed text) must get back in — never closed for good with 4409 — show all
 * the text and reach "saved".
 */
const NOTES = 'fiveC.context.notes'
const SAVED = 'daring · tersimpan'
const FIRST = 'Klien tinggal bersama neneknya di pinggir kota. '
const SECOND = 'Tetangga sering membantu saat ibunya bekerja malam.'
/** How long a reloaded page may take to be back online, show the text and be saved. */
const SETTLE_MS = 20_000

/** The text of the notice shown when the server closed the live connection for good (ClosedNotice), or null. */
async function closedNotice(page: Page): Promise<string | null> {
  const notice = page
    .getByRole('alert')
    .filter({ hasText: /Server menutup koneksi|Yang belum tersimpan tetap ada di perangkat ini/ })
  if ((await notice.count()) === 0) return null
  return (await notice.first().textContent())?.trim() ?? ''
}

/**
 * Wait (re-checking every 100 ms) until the page is online and saved and its notes contain every part; fail at
 * once if it shows the closed-for-good notice.
 */
async function expectBackAndSaved(page: Page, who: string, parts: string[]): Promise<void> {
  const started = Date.now()
  for (;;) {
    const closed = await closedNotice(page)
    if (closed !== null) throw new Error(`${who}: the server closed the connection for good: "${closed}"`)
    const state =
      (
        await page
          .getByTestId('state-line')
          .textContent()
          .catch(() => null)
      )?.trim() ?? null
    const text = await fieldText(page, NOTES).catch(() => null)
    if (state === SAVED && text !== null && parts.every((p) => text.includes(p))) return
    if (Date.now() - started > SETTLE_MS) {
      throw new Error(
        `${who}: not back, saved and complete within ${SETTLE_MS} ms: state ${JSON.stringify(state)}, ` +
          `notes ${JSON.stringify(text)}, missing ${JSON.stringify(parts.filter((p) => !text?.includes(p)))}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('the app after the server is SIGKILLed mid-session (issue 9)', { timeout: 150_000 }, () => {
  let browser: Browser | undefined
  let server: CrashableServer | undefined
  const contexts: BrowserContext[] = []
  /** The pages of the running test, for the diagnostics of a failure. */
  const pages: { who: string; page: Page }[] = []

  beforeAll(async () => {
    if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) {
      throw new Error(`No built client in ${CLIENT_DIR}: run \`npm run build\` first`)
    }
    browser = await launchChromium()
  })
  afterEach(async () => {
    pages.splice(0)
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined)
    await server?.dispose()
    server = undefined
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** A server, a class with one team and its fiveC assignment, and two members with the workspace open. */
  async function twoMembersOnline() {
    const srv = await startCrashableServer({ CLIENT_DIR })
    server = srv
    const setup = await setupClass(srv.url)
    const assignment = await setup.assign()
    const workspaceId = assignment.workspaces[0]!.id
    const session = async (name: string) => {
      const context = await browser!.newContext({ baseURL: srv.url, viewport: { width: 1100, height: 900 } })
      contexts.push(context)
      const page = await context.newPage()
      await joinAndOpenAssignment(page, setup.joinCode, name)
      return { name, context, page }
    }
    const [author, mate] = await Promise.all([session('Ayu'), session('Budi')])
    pages.push({ who: 'author', page: author.page }, { who: 'teammate', page: mate.page })

    // The first sentence is stored (the author's device is known to the server); the second one is typed and
    // seen live by the teammate, and the server dies right after.
    await typeInto(author.page, NOTES, FIRST)
    await expectFieldText(mate.page, NOTES, (t) => t.includes(FIRST.trim()))
    await expectState(author.page, SAVED)
    await typeInto(author.page, NOTES, SECOND)
    await expectFieldText(mate.page, NOTES, (t) => t.includes(SECOND))
    await srv.kill()
    return { srv, setup, workspaceId, author, mate }
  }

  /** On failure: the server's output, each page's state line and notes, and a screenshot per page. */
  async function withDiagnostics(name: string, run: () => Promise<void>) {
    try {
      await run()
    } catch (error) {
      const lines: string[] = []
      for (const { who, page } of pages) {
        if (page.isClosed()) continue
        const state = await page
          .getByTestId('state-line')
          .textContent({ timeout: 1000 })
          .catch(() => '?')
        const text = await fieldText(page, NOTES).catch(() => '?')
        lines.push(`${who}: state ${JSON.stringify(state)}, notes ${JSON.stringify(text)}`)
        await page
          .screenshot({ path: path.join(SCREENSHOT_DIR, `crash-reload-${name}-${who}.png`), fullPage: true })
          .catch(() => undefined)
      }
      console.error(`${name} failed:\n${lines.join('\n')}\n${server?.output() ?? ''}`)
      throw error
    }
  }

  it('both members reload after the restart: both get back in, see all the text and are saved', async () => {
    await withDiagnostics('both-reload', async () => {
      const { srv, setup, workspaceId, author, mate } = await twoMembersOnline()
      // The author's device stays off the network until the teammate is back, so the teammate's copy is the
      // first to reach the new process (the case that used to end in 4409).
      await author.context.setOffline(true)
      await srv.restart()

      await mate.page.reload()
      await expectBackAndSaved(mate.page, 'teammate', [FIRST.trim(), SECOND])

      await author.context.setOffline(false)
      await author.page.reload()
      await expectBackAndSaved(author.page, 'author', [FIRST.trim(), SECOND])
      await expectBackAndSaved(mate.page, 'teammate', [FIRST.trim(), SECOND])
      const authorText = await fieldText(author.page, NOTES)
      await expect
        .poll(() => fieldText(mate.page, NOTES), { timeout: SETTLE_MS, interval: 100 })
        .toBe(authorText)

      expect(await closedNotice(author.page)).toBeNull()
      expect(await closedNotice(mate.page)).toBeNull()

      const stored = await setup.lecturer.exportWorkspace(workspaceId)
      expect(stored.templates.fiveC?.context?.notes).toBe(authorText)
    })
  })

  it("the author's device stays away: the teammate alone reloads, sees the text, types on and is saved", async () => {
    await withDiagnostics('mate-alone', async () => {
      const { srv, setup, workspaceId, author, mate } = await twoMembersOnline()
      // The author's phone is gone (battery, closed browser): only the teammate's copy holds the second sentence.
      await author.context.close()
      await srv.restart()

      await mate.page.reload()
      await expectBackAndSaved(mate.page, 'teammate', [FIRST.trim(), SECOND])
      const more = ' Budi menambahkan catatan setelah server hidup lagi.'
      await typeInto(mate.page, NOTES, more)
      await expectBackAndSaved(mate.page, 'teammate', [FIRST.trim(), SECOND, more.trim()])

      expect(await closedNotice(mate.page)).toBeNull()

      const stored = await setup.lecturer.exportWorkspace(workspaceId)
      const notes = stored.templates.fiveC?.context?.notes
      expect(notes).toBe(await fieldText(mate.page, NOTES))
      for (const part of [FIRST.trim(), SECOND, more.trim()]) expect(notes).toContain(part)
    })
  })
})
