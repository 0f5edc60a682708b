import type { Config } from '../config'
import { openLowdbStorage } from './lowdb'
import type { Storage } from './types'

/** Open the server's storage. The only place that names an implementation (lowdb JSON files today). */
export function openStorage(config: Pick<Config, 'dataDir'>): Promise<Storage> {
  return openLowdbStorage(config.dataDir)
}
