import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { SCREENSHOT_DIR } from '../helpers/browser'

/** The phone the audit emulates: a common small Android screen, touch. */
export const PHONE = { width: 360, height: 740, phone: true } as const

/** Smallest tap target, in CSS px, on both axes (WCAG 2.5.5's 44 relaxed to 40 for dense forms). */
export const MIN_TARGET = 40
/** Smallest font size, in CSS px, of any text inside a control. */
export const MIN_FONT = 12

/**
 * The rules, checked in the page (so they see computed styles and layout):
 * - no horizontal scrolling: `document.documentElement.scrollWidth <= innerWidth`, and `innerWidth` is the phone's
 *   360 px (a mobile browser zooms out to fit wider content, which would hide the overflow from the first check);
 * - every visible control (link, button, input, select, textarea, summary, role=button, a text editor) is a tap target of at least
 *   MIN_TARGET × MIN_TARGET. A checkbox or radio is measured by its `<label>` (tapping the label toggles it), as WCAG
 *   does. Exempt is only **inline text in a sentence**: a control displayed `inline` whose nearest block ancestor is a
 *   `<p>` or `<li>` that also holds prose of its own (letters outside any control) — e.g. a link inside a sentence. A
 *   row of links separated by dots is not a sentence, and an inline-block or block button is never exempt;
 * - no control sticks out past the viewport's left or right edge (cut off, or only reachable by scrolling a box);
 * - no text smaller than MIN_FONT in a control (the control and every element inside it with text of its own).
 * Controls of 2 px or less on a side are visually hidden (screen-reader only) and not measured.
 */
export async function auditPage(page: Page): Promise<{ problems: string[]; measured: number }> {
  return page.evaluate(
    ({ minTarget, minFont, width }) => {
      const problems: string[] = []
      let measured = 0
      const overflow = document.documentElement.scrollWidth - window.innerWidth
      if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`)
      // A mobile browser zooms out to fit content wider than the screen, which widens innerWidth with it.
      if (window.innerWidth !== width) problems.push(`zoomed out to fit ${window.innerWidth}px`)

      const describe = (el: Element) => {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ')
        const name = (el as HTMLInputElement).name ? `[name=${(el as HTMLInputElement).name}]` : ''
        const cls = el.classList.length ? `.${[...el.classList].join('.')}` : ''
        return `<${el.tagName.toLowerCase()}${cls}${name}> "${text.slice(0, 40)}"`
      }
      const isBlock = (el: Element) => !getComputedStyle(el).display.startsWith('inline')
      const CONTROLS =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [contenteditable="true"]'
      const proseOutsideControls = (block: Element) => {
        const copy = block.cloneNode(true) as Element
        for (const control of copy.querySelectorAll(CONTROLS)) control.remove()
        return /\p{L}{2,}/u.test(copy.textContent ?? '')
      }
      const inlineInSentence = (el: Element) => {
        if (getComputedStyle(el).display !== 'inline') return false
        let block = el.parentElement
        while (block && !isBlock(block)) block = block.parentElement
        return !!block && (block.tagName === 'P' || block.tagName === 'LI') && proseOutsideControls(block)
      }
      const targetBox = (el: Element) => {
        const input = el as HTMLInputElement
        if ((input.type === 'checkbox' || input.type === 'radio') && input.labels?.length) {
          const boxes = [...input.labels].map((label) => label.getBoundingClientRect())
          return boxes.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b))
        }
        return el.getBoundingClientRect()
      }

      for (const el of document.querySelectorAll(CONTROLS)) {
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
        const own = el.getBoundingClientRect()
        if (own.width <= 2 || own.height <= 2) continue
        measured += 1
        if (own.left < -1 || own.right > width + 1)
          problems.push(
            `cut off at the side (${Math.round(own.left)}…${Math.round(own.right)}px): ${describe(el)}`,
          )
        const box = targetBox(el)
        const w = Math.round(box.width)
        const h = Math.round(box.height)
        if ((w < minTarget || h < minTarget) && !inlineInSentence(el))
          problems.push(`tap target ${w}×${h}: ${describe(el)}`)
        for (const part of [el, ...el.querySelectorAll('*')]) {
          const hasText = [...part.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
          if (part !== el && !hasText) continue
          const size = parseFloat(getComputedStyle(part).fontSize)
          if (size < minFont) {
            problems.push(`font ${size}px: ${describe(part)} in ${describe(el)}`)
            break
          }
        }
      }
      return { problems, measured }
    },
    { minTarget: MIN_TARGET, minFont: MIN_FONT, width: PHONE.width },
  )
}

/**
 * Screenshot the page as `phone-<name>.png`, then audit it; every problem is listed in the soft failure. A page
 * with fewer than `minControls` measured controls fails too, so an audit of a blank page cannot pass.
 */
export async function checkPhonePage(page: Page, name: string, minControls = 3): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `phone-${name}.png`), fullPage: true })
  const { problems, measured } = await auditPage(page)
  expect.soft(problems, `phone page "${name}"`).toEqual([])
  expect.soft(measured, `controls measured on "${name}"`).toBeGreaterThanOrEqual(minControls)
}
