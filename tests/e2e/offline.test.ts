import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  localUpdateCount,
  expectFieldText,
  fieldText,
  expectState,
  joinAndOpenAssignment,
  setupClass,
  typeInto,
} from './flows'

const NOTES = 'fiveC.competence.notes'
const OFFLINE = 'luring — disimpan di perangkat ini'
const SAVED = 'daring · tersimpan'

/** Names of the app's local workspace copies in this browser profile. */
function localCopyNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('rk:')),
  )
}

describe('a student who loses the connection', { timeout: 90_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('keeps typing offline, is told so, and both converge when back; offline edits survive closing the page', async () => {
    const setup = await setupClass(env.baseUrl)
    await setup.assign()
    const citra = await env.newSession({ width: 400, height: 800 })
    const dodi = await env.newSession()
    for (const [s, name] of [
      [citra, 'Citra'],
      [dodi, 'Dodi'],
    ] as const) {
      await joinAndOpenAssignment(s.page, setup.joinCode, name)
    }

    await citra.context.setOffline(true)
    await expectState(citra.page, OFFLINE)
    await typeInto(citra.page, NOTES, 'Ditulis tanpa sinyal.')
    await typeInto(dodi.page, NOTES, 'Dodi menulis di kelas.')
    await expectState(citra.page, OFFLINE)
    // Dodi does not see Citra's offline text yet.
    expect(await fieldText(dodi.page, NOTES)).not.toContain('Ditulis tanpa sinyal.')

    await citra.context.setOffline(false)
    await expectState(citra.page, SAVED)
    for (const { page } of [citra, dodi]) {
      await expectFieldText(
        page,
        NOTES,
        (t) => t.includes('Ditulis tanpa sinyal.') && t.includes('Dodi menulis di kelas.'),
      )
    }
    const merged = await fieldText(citra.page, NOTES)
    await expect.poll(() => fieldText(dodi.page, NOTES), UI).toBe(merged)

    // Offline again: the edit goes only to this device's copy; the page is closed before the
    // connection returns, so only IndexedDB can bring it back.
    const url = citra.page.url()
    await citra.context.setOffline(true)
    await expectState(citra.page, OFFLINE)
    const before = await localUpdateCount(citra.page)
    await typeInto(citra.page, NOTES, ' Tersimpan di perangkat.')
    await expect.poll(() => localUpdateCount(citra.page), UI).toBeGreaterThan(before)
    await citra.page.close()
    await citra.context.setOffline(false)

    const reopened = await citra.context.newPage()
    await reopened.goto(url)
    await expectFieldText(reopened, NOTES, (t) => t.includes('Tersimpan di perangkat.'))
    await expectState(reopened, SAVED)
    await expectFieldText(dodi.page, NOTES, (t) => t.includes('Tersimpan di perangkat.'))

    // Shared lab computer: logging out deletes this user's local copies.
    expect(await localCopyNames(reopened)).toHaveLength(1)
    await reopened.getByRole('button', { name: 'Keluar' }).click()
    await reopened.getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await reopened.getByRole('button', { name: 'Bergabung' }).waitFor(UI)
    await expect.poll(() => localCopyNames(reopened), UI).toEqual([])
  })
})
