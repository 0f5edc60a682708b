import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CASE_LIBRARY } from '../../cases/library'
import { TEMPLATES } from '../../cases/templates'
import { SCREENSHOT_DIR, startBrowserEnv, type BrowserEnv } from '../helpers/browser'
import {
  UI,
  editor,
  expectFieldText,
  expectState,
  joinAsStudent,
  logInAsLecturer,
  openFirstAssignment,
  pickTeam,
  setupClass,
  typeInto,
} from './flows'
import { planFor } from './templateFields'
import { choose, chosen, fieldBox, pageWidth, showTemplate } from './templatePages'

const ALL = TEMPLATES.map((t) => t.id)

/** A class with one team, students joined in their own browsers, and an assignment that uses all nine templates. */
async function openAllTemplates(env: BrowserEnv, sizes: { width: number; height: number }[]) {
  const setup = await setupClass(env.baseUrl)
  const sessions = []
  for (const [i, size] of sizes.entries()) {
    const session = await env.newSession(size)
    await joinAsStudent(session.page, setup.joinCode, `Mahasiswa ${i + 1}`)
    await pickTeam(session.page, 'Tim Merah')
    sessions.push(session)
  }
  await setup.lecturer.createAssignment(setup.classId, { caseId: CASE_LIBRARY[0]?.id ?? '', templates: ALL })
  for (const { page } of sessions) {
    await page.getByTestId('assignments').getByRole('link').first().waitFor(UI)
    await openFirstAssignment(page)
    await expectState(page, 'daring · tersimpan')
  }
  const workspaceId = new URL(sessions[0]?.page.url() ?? '').pathname.split('/').pop() ?? ''
  return { setup, pages: sessions.map((s) => s.page), workspaceId }
}

describe('every template of the course in one workspace', { timeout: 180_000 }, () => {
  let env: BrowserEnv
  beforeAll(async () => {
    env = await startBrowserEnv()
  })
  afterAll(async () => {
    await env?.close()
  })

  it('each of the nine templates is usable at 360 × 740 without scrolling sideways', async () => {
    const {
      pages: [phone],
    } = await openAllTemplates(env, [{ width: 360, height: 740 }])
    if (!phone) throw new Error('no page')
    for (const template of TEMPLATES) {
      const id = template.id
      const form = await showTemplate(phone, id, true)
      if (id === 'ecomap') {
        await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'template-switcher-360.png') })
      }
      // Collections get an item, so an item's fieldset is measured too.
      const collection = planFor(template).collection
      if (collection) {
        const list = form.locator(`[data-collection="${template.id}.${collection.key}"]`)
        await list.getByRole('button', { name: /^Tambah / }).click()
        const item = list.locator('[data-item-id]').first()
        await item.waitFor(UI)
        await item.scrollIntoViewIfNeeded()
      }
      expect(await pageWidth(phone), `${id} at 360 px`).toBeLessThanOrEqual(360)
      if (id === 'breton' || id === 'ecomap' || id === 'groupDynamics') {
        await phone.screenshot({ path: path.join(SCREENSHOT_DIR, `template-${id}-360.png`), fullPage: false })
      }
    }
    // The progress line counts the collections just filled.
    await expect.poll(() => phone.getByTestId('progress').innerText(), UI).toMatch(/^Kemajuan: \d+ dari \d+/)
  })

  it('one student fills a field of every template, the other sees each value, the export carries them', async () => {
    const {
      setup,
      pages: [ani, budi],
      workspaceId,
    } = await openAllTemplates(env, [
      { width: 1100, height: 900 },
      { width: 1100, height: 900 },
    ])
    if (!ani || !budi) throw new Error('no pages')
    const items = new Map<string, string>()

    for (const template of TEMPLATES) {
      const plan = planFor(template)
      await showTemplate(ani, template.id, false)
      await typeInto(ani, plan.text.path, `Isi ${template.id}`)
      if (plan.choice) await choose(ani, plan.choice.path, plan.choice.field.options.at(-1)?.value ?? '')
      if (plan.yesNo) await fieldBox(ani, plan.yesNo.path).locator('input[type="radio"]').first().check()
      if (plan.collection) {
        const itemLabel = plan.collection.collection?.itemLabel.id.toLocaleLowerCase() ?? ''
        const list = ani.locator(`[data-collection="${template.id}.${plan.collection.key}"]`)
        await list.getByRole('button', { name: `Tambah ${itemLabel}` }).click()
        const item = list.locator('[data-item-id]').last()
        const itemId = (await item.getAttribute('data-item-id')) ?? ''
        items.set(template.id, itemId)
        const nameField = plan.collection.collection?.itemFields.find((f) => f.kind === 'string')
        const base = `${template.id}.${plan.collection.key}.${itemId}`
        await fieldBox(ani, `${base}.${nameField?.key}`).locator('input').fill(`Nama ${template.id}`)
        if (template.id === 'breton') {
          // An action marked done asks for its reflection (praxis).
          await expect(await editor(ani, `${base}.reflection`).count()).toBe(0)
          await choose(ani, `${base}.status`, 'done')
          await typeInto(ani, `${base}.reflection`, 'Refleksi uji')
        }
      }
    }
    await expectState(ani, 'daring · tersimpan')

    for (const template of TEMPLATES) {
      const plan = planFor(template)
      await showTemplate(budi, template.id, false)
      await expectFieldText(budi, plan.text.path, (text) => text.includes(`Isi ${template.id}`))
      const lastOption = plan.choice?.field.options.at(-1)?.value
      if (plan.choice) await expect.poll(() => chosen(budi, plan.choice?.path ?? ''), UI).toBe(lastOption)
      if (plan.yesNo) {
        const yes = fieldBox(budi, plan.yesNo.path).locator('input[type="radio"]').first()
        await expect.poll(() => yes.isChecked(), UI).toBe(true)
      }
      if (plan.collection) {
        const base = `${template.id}.${plan.collection.key}.${items.get(template.id)}`
        const nameField = plan.collection.collection?.itemFields.find((f) => f.kind === 'string')
        const input = fieldBox(budi, `${base}.${nameField?.key}`).locator('input')
        await expect.poll(() => input.inputValue(), UI).toBe(`Nama ${template.id}`)
        if (template.id === 'breton')
          await expectFieldText(budi, `${base}.reflection`, (t) => t === 'Refleksi uji')
      }
    }

    // The lecturer's export holds every value.
    const exported = await setup.lecturer.exportWorkspace(workspaceId)
    for (const template of TEMPLATES) {
      const plan = planFor(template)
      const json = exported.templates[template.id]
      const section = (key: string) => json?.[key] as Record<string, unknown> | undefined
      expect(section(plan.text.section.key)?.[plan.text.field.key], template.id).toBe(`Isi ${template.id}`)
      if (plan.choice) {
        expect(section(plan.choice.section.key)?.[plan.choice.field.key]).toBe(
          plan.choice.field.options.at(-1)?.value,
        )
      }
      if (plan.yesNo) expect(section(plan.yesNo.section.key)?.[plan.yesNo.field.key]).toBe(true)
      if (plan.collection) {
        const list = json?.[plan.collection.key] as Record<string, unknown>[]
        const item = list.find((x) => x.id === items.get(template.id))
        const nameField = plan.collection.collection?.itemFields.find((f) => f.kind === 'string')
        expect(item?.[nameField?.key ?? ''], template.id).toBe(`Nama ${template.id}`)
        if (template.id === 'breton')
          expect(item).toMatchObject({ status: 'done', reflection: 'Refleksi uji' })
      }
    }
    // Budi's progress line agrees with the export's completion.
    const sum = Object.values(exported.completion).reduce((n, c) => ({
      filled: n.filled + c.filled,
      total: n.total + c.total,
    }))
    await expect
      .poll(() => budi.getByTestId('progress').innerText(), UI)
      .toContain(`Kemajuan: ${sum.filled} dari ${sum.total} isian terisi`)

    // Their lecturer opens Breton by its address on a phone: the action and its reflection, read-only.
    const { page: dosen } = await env.newSession({ width: 360, height: 740 })
    await logInAsLecturer(dosen, setup.email, setup.password)
    await dosen.goto(`/w/${workspaceId}?t=breton`)
    const plan = items.get('breton') ?? ''
    const action = dosen.locator(`[data-item-id="${plan}"]`)
    await action.waitFor(UI)
    await expect.poll(() => action.locator('legend').innerText(), UI).toBe('Aksi 1: Nama breton')
    await expectFieldText(dosen, `breton.actionPlan.${plan}.reflection`, (t) => t === 'Refleksi uji')
    expect(await dosen.getByRole('button', { name: /^(Tambah|Hapus) / }).count()).toBe(0)
    expect(await pageWidth(dosen)).toBeLessThanOrEqual(360)
  })
})
