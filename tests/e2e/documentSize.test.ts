import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  editor,
  expectFieldText,
  expectState,
  joinAndOpenAssignment,
  setupClass,
  typeInto,
} from './flows'

const NOTES = 'fiveC.competence.notes'
const SAVED = 'daring · tersimpan'
/** Past the default soft limit (4 MiB) on its own. */
const TOO_MUCH = 4_500_000

/** Paste text into a field as the browser does (a paste event carrying the clipboard's text). */
async function paste(
  page: Page,
  path: string,
  text: string | { repeat: string; times: number },
): Promise<void> {
  await editor(page, path).click()
  await editor(page, path).evaluate((content, what) => {
    const data = new DataTransfer()
    data.setData('text/plain', typeof what === 'string' ? what : what.repeat.repeat(what.times))
    content.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, text)
}

describe('a team’s document near its size limit', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('refuses a paste past the soft limit with a message; ordinary pastes and typing go on', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const { page } = await env.newSession()
    await joinAndOpenAssignment(page, setup.joinCode, 'Citra')
    await typeInto(page, NOTES, 'Catatan kami.')
    await paste(page, NOTES, ' Tempelan biasa.')
    await expectFieldText(page, NOTES, (text) => text === 'Catatan kami. Tempelan biasa.')
    await expectState(page, SAVED)

    await paste(page, NOTES, { repeat: 'x', times: TOO_MUCH })
    const notice = page.getByTestId('document-full')
    await notice.waitFor({ timeout: UI.timeout })
    expect(await notice.textContent()).toContain('Dokumen tim sudah hampir penuh')
    await expectFieldText(page, NOTES, (text) => text === 'Catatan kami. Tempelan biasa.')
    // The connection was never closed by the server: the page still saves what is typed next.
    await typeInto(page, NOTES, ' Lanjut.')
    await expectFieldText(page, NOTES, (text) => text.endsWith('Lanjut.'))
    await expectState(page, SAVED)
  })
})
