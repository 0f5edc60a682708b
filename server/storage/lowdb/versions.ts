import { access, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SubmittedResult, VersionSummary } from '../../../cases/contracts/http'
import { VersionExistsError, type StoredVersion, type VersionStore } from '../types'
import { writeFileDurably } from './durableFile'
import type { FileQueue } from './fileQueue'
import { isSafeId, prepareDir, removeDurably } from './files'
import type { Quarantine } from './quarantine'
import { readRecord } from './recordFile'
import { versionSchema } from './schemas'

const RESULT_NAME = /^v([1-9][0-9]{0,8})\.json$/

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}

/**
 * versions/<workspaceId>/v<n>.json (the result, exactly as served) and v<n>.yjs (the Yjs state then).
 * Each version is its own pair of files, written once; nothing else is ever rewritten.
 */
export class LowdbVersionStore implements VersionStore {
  constructor(
    private readonly queue: FileQueue,
    private readonly dir: string,
    private readonly quarantine: Quarantine,
  ) {}

  /**
   * A version's result file, checked: a damaged one (versions are written once, so there is no previous version)
   * is quarantined and reported, and the version is left out rather than failing the whole list or export.
   */
  private async readResult(workspaceId: string, version: number): Promise<SubmittedResult | undefined> {
    const file = path.join(this.folder(workspaceId), `v${version}.json`)
    const read = await readRecord<SubmittedResult>(this.quarantine, file, versionSchema, {
      what: `submitted version ${version} of workspace ${workspaceId}`,
    })
    return read.kind === 'ok' ? read.value : undefined
  }

  private folder(workspaceId: string): string {
    if (!isSafeId(workspaceId)) throw new Error(`Unsafe workspace id: ${JSON.stringify(workspaceId)}`)
    return path.join(this.dir, workspaceId)
  }

  async create(workspaceId: string, version: StoredVersion): Promise<void> {
    const folder = this.folder(workspaceId)
    await this.queue.run(folder, async () => {
      // Creates of one folder run one at a time, so any temp file here is a crash's leftover.
      await prepareDir(folder)
      const base = path.join(folder, `v${version.version}`)
      // Checked before the state is written, so a refused version leaves the stored one's state alone.
      if (await exists(`${base}.json`)) throw new VersionExistsError(`Version ${version.version} exists`)
      // The state first, durable before the result file that makes the version exist: a crash between the two
      // leaves a state without a version, never a version without its state.
      await writeFileDurably(`${base}.yjs`, version.state)
      try {
        // Exclusive (link, which fails on an existing file): a stored version is never overwritten.
        await writeFileDurably(`${base}.json`, `${JSON.stringify(version.result, null, 2)}\n`, {
          exclusive: true,
        })
      } catch (error) {
        if (isErrno(error, 'EEXIST')) throw new VersionExistsError(`Version ${version.version} exists`)
        throw error
      }
    })
  }

  async get(workspaceId: string, version: number): Promise<StoredVersion | undefined> {
    if (!isSafeId(workspaceId) || !Number.isSafeInteger(version) || version < 1) return undefined
    const base = path.join(this.folder(workspaceId), `v${version}`)
    try {
      const result = await this.readResult(workspaceId, version)
      if (!result) return undefined
      const state = await readFile(`${base}.yjs`)
      return {
        version: result.version,
        submittedAt: result.submittedAt,
        submittedBy: result.submittedBy,
        result,
        state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength),
      }
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return undefined
      throw error
    }
  }

  async list(workspaceId: string): Promise<VersionSummary[]> {
    if (!isSafeId(workspaceId)) return []
    const names = await readdir(this.folder(workspaceId)).catch((error: unknown) => {
      if (isErrno(error, 'ENOENT')) return []
      throw error
    })
    const numbers = names
      .map((n) => RESULT_NAME.exec(n)?.[1])
      .filter((n) => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
    const results = await Promise.all(numbers.map((n) => this.readResult(workspaceId, n)))
    return results
      .filter((r) => r !== undefined)
      .map(({ version, submittedAt, submittedBy }): VersionSummary => ({ version, submittedAt, submittedBy }))
  }

  async deleteAll(workspaceId: string): Promise<void> {
    if (!isSafeId(workspaceId)) return
    const folder = this.folder(workspaceId)
    await this.queue.run(folder, () => removeDurably(folder))
  }
}
