import { describe, expect, it } from 'vitest'
import { useBrowserEnv } from '../helpers/browser'
import {
  expectFieldText,
  expectState,
  joinAndOpenAssignment,
  localUpdateCount,
  setupClass,
  typeInto,
  UI,
} from './flows'

const NOTES = 'fiveC.competence.notes'
const ONLINE_TEXT = 'Ditulis saat daring.'
const OFFLINE_TEXT = 'Ditulis saat luring.'
const PHONE = { width: 360, height: 740, phone: true }

describe('a reload while offline', { timeout: 120_000 }, () => {
  describe('on localhost (a secure context, with the app shell)', () => {
    const env = useBrowserEnv()

    it('opens the workspace from the device’s copy, with the edits made offline', async () => {
      const setup = await setupClass(env().baseUrl)
      await setup.assign()
      const { page } = await env().newSession(PHONE)
      await joinAndOpenAssignment(page, setup.joinCode, 'Mahasiswa Luring')
      // The app shell takes over this page; one reload while online passes everything through it.
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), UI).toBe(true)
      await page.reload()
      await expectState(page, 'daring · tersimpan')
      await typeInto(page, NOTES, ONLINE_TEXT)
      await expectState(page, 'daring · tersimpan')

      // The server is gone (the Wi-Fi dropped): the student keeps writing, then reloads.
      await env().server.close()
      await expectState(page, 'luring — disimpan di perangkat ini')
      // One insertion is one update: once the device's copy has stored it, the reload cannot lose it.
      const stored = await localUpdateCount(page)
      await typeInto(page, NOTES, '')
      await page.keyboard.insertText(` ${OFFLINE_TEXT}`)
      await expect.poll(() => localUpdateCount(page), UI).toBeGreaterThan(stored)
      await page.reload()
      await expectState(page, 'luring — disimpan di perangkat ini')
      await expectFieldText(page, NOTES, (text) => text.includes(ONLINE_TEXT) && text.includes(OFFLINE_TEXT))
    })
  })

  describe('over plain http on a LAN address (no service worker there)', () => {
    const env = useBrowserEnv({ host: 'ruangkasus-lan.test' })

    it('asks before leaving while edits are only on this device, and the state line says to stay', async () => {
      const setup = await setupClass(env().server.url)
      await setup.assign()
      const { page } = await env().newSession(PHONE)
      await joinAndOpenAssignment(page, setup.joinCode, 'Mahasiswa LAN')
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false)

      await env().server.close()
      await expectState(page, 'luring — aman di perangkat ini; jangan muat ulang halaman ini')
      await typeInto(page, NOTES, OFFLINE_TEXT)
      const asked = page.waitForEvent('dialog')
      void page.reload().catch(() => undefined)
      const dialog = await asked
      expect(dialog.type()).toBe('beforeunload')
      await dialog.dismiss()
      // Staying keeps the page and the edit.
      await expectFieldText(page, NOTES, (text) => text.includes(OFFLINE_TEXT))
    })
  })
})
