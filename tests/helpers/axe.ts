import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
/** axe-core's browser bundle (a dev dependency), injected into the page under test. */
const AXE_PATH = require.resolve('axe-core/axe.min.js')

/** One axe-core violation, trimmed to what a failure message needs. */
export interface AxeProblem {
  id: string
  impact: string
  help: string
  targets: string[]
}

interface AxeResult {
  violations: {
    id: string
    impact?: string | null
    help: string
    nodes: { target: unknown[] }[]
  }[]
}

/**
 * Run axe-core (WCAG 2.x A and AA rules) on the page as it is now and return its serious and critical violations,
 * each with the selectors of the elements concerned.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected <script>.
  if (!loaded) await page.evaluate(await readFile(AXE_PATH, 'utf8'))
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
  })
  return (result as AxeResult).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 8).map((n) => n.target.map(String).join(' ')),
    }))
}
