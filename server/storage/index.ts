import { realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../config'
import { createLogger } from '../logger'
import { acquireDataLock, type DataLock } from './dataLock'
import { openLowdbStorage } from './lowdb'
import { tightenModes } from './privateModes'
import type { Storage } from './types'

/**
 * Open the server's storage. The only place that names an implementation (lowdb JSON files today), and so
 * the one place that guards the data folder: it takes `DATA_DIR/server.lock` first (see dataLock.ts) and
 * throws a one-line error naming the holder's pid and the lock file while another live process (or another
 * open storage of this process) has the folder. Closing the storage releases the lock. `options.lock`: a
 * lock of this folder the caller already holds (the restore command holds it while it swaps the files, then
 * opens the restored data without letting go in between); the storage takes it over and releases it.
 */
export async function openStorage(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'LOG_LEVEL'>>,
  options: { lock?: DataLock } = {},
): Promise<Storage> {
  const logger = createLogger(config.LOG_LEVEL ?? 'info')
  if (options.lock && path.dirname(options.lock.file) !== (await realpath(config.dataDir))) {
    throw new Error(`The lock ${options.lock.file} is not the lock of ${config.dataDir}`)
  }
  const lock = options.lock ?? (await acquireDataLock(config.dataDir, (message) => logger.warn(message)))
  let storage: Storage
  try {
    // Data folders of earlier versions were 0755/0644: made private before anything is read or served.
    const tightened = await tightenModes(config.dataDir)
    if (tightened.changed > 0)
      logger.warn(`made ${tightened.changed} file(s) and folder(s) in ${config.dataDir} private (0700/0600)`)
    if (tightened.refused.length > 0)
      logger.warn(
        `cannot make ${tightened.refused.length} entries of ${config.dataDir} private (not ours), e.g. ${tightened.refused[0]}`,
      )
    storage = await openLowdbStorage(config.dataDir)
  } catch (error) {
    await lock.release()
    throw error
  }
  // Wrapped in place rather than copied, so whatever else the storage object carries stays as it is.
  const closeStorage = storage.close.bind(storage)
  storage.close = async () => {
    // The lock goes only after everything is written: until then this process is still the writer.
    try {
      await closeStorage()
    } finally {
      await lock.release()
    }
  }
  return storage
}
