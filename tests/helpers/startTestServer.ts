import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../server/config'
import { createServer, type RunningServer } from '../../server/createServer'
import { openLowdbStorage } from '../../server/storage/lowdb'
import type { Storage } from '../../server/storage/types'

/** A real server on port 0 over a temporary data folder. */
export interface TestServer extends RunningServer {
  dataDir: string
  /** ws://127.0.0.1:PORT */
  wsUrl: string
  /** Close the server and delete its data folder. */
  dispose(): Promise<void>
}

/**
 * The password-hash cost the test servers use unless a test sets SCRYPT_COST_LOG2 itself: 2^14 (the cost of
 * earlier versions), so the hundreds of registrations across the suite stay cheap on a small machine. The tests
 * of password hashing itself run at the default (2^17).
 */
export const TEST_SCRYPT_COST_LOG2 = '14'

/** The server secret a server over `dataDir` creates by default (SECRET_FILE): beside the folder. */
export function secretFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.secret`
}

/** Start the real server on 127.0.0.1:0 with a fresh data folder (or `dataDir` to reuse one). */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir?: string,
  /** Wrap the real storage opened over the data folder (to inject a fault at that seam). */
  wrapStorage?: (storage: Storage) => Storage,
): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'ruang-kasus-test-')))
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    CLIENT_DIR: '',
    SCRYPT_COST_LOG2: TEST_SCRYPT_COST_LOG2,
    ...env,
  })
  const storage = wrapStorage ? wrapStorage(await openLowdbStorage(config.dataDir)) : undefined
  const server = await createServer(config, undefined, storage)
  return {
    ...server,
    dataDir: dir,
    wsUrl: server.url.replace(/^http/, 'ws'),
    async dispose() {
      await server.close()
      if (!dataDir) {
        await rm(dir, { recursive: true, force: true })
        await rm(secretFileOf(dir), { force: true })
      }
    },
  }
}
