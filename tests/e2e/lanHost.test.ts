import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  expectFieldText,
  expectState,
  joinAsStudent,
  openFirstAssignment,
  pickTeam,
  setupClass,
  typeInto,
} from './flows'

const HOST = 'ruangkasus.test'
const FIELD = 'fiveC.change.goalChange'

describe(
  'the app opened by a non-localhost name over plain http (not a secure context)',
  { timeout: 90_000 },
  () => {
    let env: BrowserEnv
    beforeAll(async () => {
      env = await startBrowserEnv({ host: HOST })
    })
    afterAll(async () => {
      await env?.close()
    })

    it('lets a student join, edit, see it saved after a reload, and come back on another device with the return code', async () => {
      // Set up over the loopback address; the browser uses the name.
      const setup = await setupClass(env.server.url)
      await setup.assign()
      const { page } = await env.newSession({ width: 360, height: 740 })
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))

      const requested: string[] = []
      page.on('request', (request) => requested.push(new URL(request.url()).pathname))
      await page.goto('/')
      await page.getByRole('button', { name: 'Bergabung' }).waitFor(UI)
      // The join page loads none of the workspace's code (editor, Yjs): it is a lazy chunk.
      expect(requested.some((p) => p.includes('WorkspacePage'))).toBe(false)

      const returnCode = await joinAsStudent(page, setup.joinCode, 'Eka')
      expect(new URL(page.url()).hostname).toBe(HOST)
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
      await pickTeam(page, 'Tim Merah')
      await openFirstAssignment(page)
      await expectState(page, 'daring · tersimpan')

      await typeInto(page, FIELD, 'Tujuan kelompok makin jelas.')
      await expectState(page, 'daring · tersimpan')
      await page.reload()
      await expectFieldText(page, FIELD, (t) => t.includes('Tujuan kelompok makin jelas.'))

      // The server has it too (not only this device's copy).
      const exported = await setup.lecturer.exportWorkspace(
        (await setup.lecturer.listWorkspaces())[0]?.id ?? '',
      )
      expect(JSON.stringify(exported)).toContain('Tujuan kelompok makin jelas.')

      // Another device (a fresh browser profile) comes back with the join code and the return code.
      const other = await env.newSession({ width: 360, height: 740 })
      await other.page.goto('/rejoin')
      await other.page.getByLabel('Kode kelas').fill(setup.joinCode.toLowerCase())
      await other.page.getByLabel('Kode masuk pribadi').fill(returnCode)
      await other.page.getByRole('button', { name: 'Masuk' }).click()
      await openFirstAssignment(other.page)
      await expectFieldText(other.page, FIELD, (t) => t.includes('Tujuan kelompok makin jelas.'))
      expect(errors).toEqual([])
    })
  },
)
