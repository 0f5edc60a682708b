import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { createApi, unique } from '../helpers/api'
import { CASE_LIBRARY } from '../../cases/library'

/** Poll options for UI assertions: generous, since a CI machine may be slow. */
export const UI = { timeout: 15_000, interval: 100 }

/** A lecturer, a class with one team, made over the REST API (the UI path has its own test). */
export async function setupClass(baseUrl: string, teamName = 'Tim Merah') {
  const anon = createApi(baseUrl)
  const email = `${unique('dosen')}@example.test`
  const password = 'kata-sandi-rahasia'
  const auth = await anon.registerLecturer({ name: 'Dosen Uji', email, password })
  const lecturer = anon.as(auth.token)
  const klass = await lecturer.createClass('Kelas Uji')
  const team = await lecturer.createTeam(klass.id, teamName)
  const firstCase = CASE_LIBRARY[0]
  if (!firstCase) throw new Error('The case library is empty')
  return {
    lecturer,
    email,
    password,
    classId: klass.id,
    joinCode: klass.joinCode ?? '',
    team,
    assign: () => lecturer.createAssignment(klass.id, { caseId: firstCase.id, templates: ['fiveC'] }),
    caseTitle: firstCase.title.id,
  }
}

/** A lecturer signs in through the login page. */
export async function logInAsLecturer(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Kata sandi').fill(password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.getByRole('heading', { name: 'Kelas saya' }).waitFor(UI)
}

/** A student joins on the start page (Indonesian UI) and acknowledges the return code. */
export async function joinAsStudent(page: Page, joinCode: string, name: string): Promise<string> {
  await page.goto('/')
  await page.getByLabel('Kode kelas').fill(joinCode)
  await page.getByLabel('Nama Anda').fill(name)
  await page.getByRole('button', { name: 'Bergabung' }).click()
  const code = page.getByTestId('return-code')
  await code.waitFor(UI)
  const returnCode = (await code.textContent())?.trim() ?? ''
  expect(returnCode.length).toBeGreaterThan(3)
  await page.getByRole('button', { name: 'Sudah saya catat' }).click()
  return returnCode
}

/** Pick a team on the student page. */
export async function pickTeam(page: Page, teamName: string): Promise<void> {
  await page.getByRole('button', { name: teamName }).click()
  await page.getByRole('button', { name: teamName, pressed: true }).waitFor(UI)
}

/** Open the first assignment listed on the student page. */
export async function openFirstAssignment(page: Page): Promise<void> {
  await page.getByTestId('assignments').getByRole('link').first().click()
  await page.getByTestId('state-line').waitFor(UI)
}

/** A student joins, picks the team and opens its first assignment, waiting until it is online and saved. */
export async function joinAndOpenAssignment(
  page: Page,
  joinCode: string,
  name: string,
  teamName = 'Tim Merah',
): Promise<void> {
  await joinAsStudent(page, joinCode, name)
  await pickTeam(page, teamName)
  await openFirstAssignment(page)
  await expectState(page, 'daring · tersimpan')
}

/** The editable area of a text field, by its path ("fiveC.context.notes"). */
export const editor = (page: Page, path: string): Locator => page.locator(`[data-field="${path}"]`)

/** Click at the end of a text field and type. */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  const area = editor(page, path)
  await area.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

/** A text field's document text, without teammates' caret and name widgets. */
export async function fieldText(page: Page, path: string): Promise<string> {
  return editor(page, path).evaluate((content) => {
    const copy = content.cloneNode(true) as HTMLElement
    for (const widget of copy.querySelectorAll('.cm-ySelectionCaret, .cm-widgetBuffer, .cm-placeholder'))
      widget.remove()
    return [...copy.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n')
  })
}

/** Wait until a text field's text satisfies `check`. */
export async function expectFieldText(
  page: Page,
  path: string,
  check: (text: string) => boolean,
): Promise<void> {
  await expect.poll(async () => check(await fieldText(page, path)), UI).toBe(true)
}

/** Wait for the state line to read `text`. */
export async function expectState(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await page.getByTestId('state-line').textContent())?.trim(), UI).toBe(text)
}

/** Number of stored updates in the page's local copies (y-indexeddb keeps one row per update). */
export async function localUpdateCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('rk:'))
    let count = 0
    for (const name of names) {
      count += await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const req = db.transaction('updates').objectStore('updates').count()
          req.onsuccess = () => {
            db.close()
            resolve(req.result)
          }
          req.onerror = () => reject(req.error)
        }
      })
    }
    return count
  })
}
