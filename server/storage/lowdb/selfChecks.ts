import type { SelfCheckRecord, SelfCheckStore } from '../selfCheckTypes'
import type { FileQueue } from './fileQueue'
import { prepareDir } from './files'
import { JsonFiles } from './jsonFiles'
import type { Quarantine } from './quarantine'
import { selfCheckSchema } from './schemas'

/** selfchecks/<workspaceId>.json, read when asked for; written whole, atomically and durably like every record file. */
export class LowdbSelfCheckStore implements SelfCheckStore {
  readonly #files: JsonFiles<SelfCheckRecord>

  private constructor(queue: FileQueue, dir: string, quarantine: Quarantine) {
    this.#files = new JsonFiles(queue, dir, {
      quarantine,
      schema: selfCheckSchema,
      what: (id) => `the stage self-check of workspace ${id}`,
    })
  }

  /** Open the store over `dir` (created when missing). */
  static async open(queue: FileQueue, dir: string, quarantine: Quarantine): Promise<LowdbSelfCheckStore> {
    await prepareDir(dir)
    return new LowdbSelfCheckStore(queue, dir, quarantine)
  }

  get(workspaceId: string) {
    return this.#files.get(workspaceId)
  }
  put(record: SelfCheckRecord) {
    return this.#files.put(record.workspaceId, structuredClone(record))
  }
  delete(workspaceId: string) {
    return this.#files.delete(workspaceId)
  }
}
