import type { Config } from '../config'

/**
 * The hard size limit of a workspace's document (its encoded Yjs state): twice the soft one the app's client keeps
 * to, so an honest client never reaches it. An update or a server-side change that would pass it is not applied.
 */
export function documentHardLimit(config: Pick<Config, 'DOCUMENT_SOFT_LIMIT_BYTES'>): number {
  return 2 * config.DOCUMENT_SOFT_LIMIT_BYTES
}
