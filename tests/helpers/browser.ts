import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startTestServer, type TestServer } from './startTestServer'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The built client (`npm run build`; `npm test` builds it first). */
export const CLIENT_DIR = path.join(ROOT, 'dist', 'client')
/** Where screenshots of e2e runs go (ignored by git with the rest of dist/). */
export const SCREENSHOT_DIR = path.join(ROOT, 'dist', 'e2e-screenshots')

/** The arguments every browser test starts Debian's headless Chromium with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A real server serving the built client, and a headless Chromium pointed at it. */
export interface BrowserEnv {
  server: TestServer
  browser: Browser
  /** The page's origin, e.g. http://127.0.0.1:PORT */
  baseUrl: string
  /**
   * A fresh isolated browser profile (its own cookies and IndexedDB) with one page; `phone` emulates a touch phone
   * (mobile viewport meta honoured, touch events, device scale 2).
   */
  newSession(opts?: {
    width?: number
    height?: number
    phone?: boolean
  }): Promise<{ context: BrowserContext; page: Page }>
  close(): Promise<void>
}

/**
 * Start the server on port 0 over a temp data folder with the built client, and Chromium.
 * `host` opens the app by another name (mapped to 127.0.0.1 with --host-resolver-rules); `env`: more settings.
 */
export async function startBrowserEnv(
  opts: { host?: string; env?: Record<string, string> } = {},
): Promise<BrowserEnv> {
  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`No built client in ${CLIENT_DIR}: run \`npm run build\` first`)
  }
  const server = await startTestServer({ CLIENT_DIR, SEED_DEMO: 'false', ...opts.env })
  const args = [...CHROMIUM_ARGS]
  if (opts.host) args.push(`--host-resolver-rules=MAP ${opts.host} 127.0.0.1`)
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args })
  } catch (error) {
    await server.dispose()
    throw error
  }
  const baseUrl = opts.host ? `http://${opts.host}:${server.port}` : server.url
  const contexts: BrowserContext[] = []

  return {
    server,
    browser,
    baseUrl,
    async newSession({ width = 1100, height = 900, phone = false } = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width, height },
        ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      })
      contexts.push(context)
      const page = await context.newPage()
      return { context, page }
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined)
      await browser.close()
      await server.dispose()
    },
  }
}

/**
 * A browser environment for the enclosing describe: started before its tests, closed after them. Call the returned
 * function inside a test to get it.
 */
export function useBrowserEnv(opts: Parameters<typeof startBrowserEnv>[0] = {}): () => BrowserEnv {
  let env: BrowserEnv | undefined
  beforeAll(async () => {
    env = await startBrowserEnv(opts)
  })
  afterAll(async () => {
    await env?.close()
  })
  return () => {
    if (!env) throw new Error('The browser environment has not started')
    return env
  }
}
