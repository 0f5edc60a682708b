import { randomUUID } from 'node:crypto'
import { link, open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

/** Private data: only the server's own user may read or write what it stores. */
export const FILE_MODE = 0o600

/**
 * Make a folder's entries (a created, renamed or removed file) durable. A rename is durable only once its
 * folder is synced; without it a power loss can bring the old name back.
 */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Write `data` to a new file at `file` and `fdatasync` it (the file must not be read before this resolves). */
async function writeSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', FILE_MODE)
  try {
    await handle.writeFile(data)
    await handle.datasync()
  } finally {
    await handle.close()
  }
}

/** The last good version of a record file, kept beside it whenever it is replaced (`<name>.prev`). */
export function previousOf(file: string): string {
  return `${file}.prev`
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT'
}

/**
 * What becomes of the replaced version: `keep` makes it `<name>.prev` (a hard link to the old file, so it costs
 * no copy); `same` makes `<name>.prev` a second copy of the new data (when the old version cannot stand in for
 * the new one, see LowdbDocumentStore.store). Without it no previous version is kept.
 */
export type PreviousVersion = 'keep' | 'same'

/**
 * Replace `file` with `data` so that it survives SIGKILL and power loss once this resolves: written to a temp
 * file beside it, `fdatasync`ed, renamed over it, and the folder synced. Readers see the old or the new file,
 * never half of one. With `exclusive`, fails (EEXIST) when `file` already exists, which keeps it immutable.
 * With `previous`, `<name>.prev` is the version to fall back on should `file` ever be found damaged.
 */
export async function writeFileDurably(
  file: string,
  data: string | Uint8Array,
  options: { exclusive?: boolean; previous?: PreviousVersion } = {},
): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${randomUUID()}.tmp`)
  try {
    await writeSynced(temp, data)
    if (options.previous === 'keep') await keepCurrentAsPrevious(file)
    // link() fails when the target exists; rename() replaces it in one step.
    if (options.exclusive) await link(temp, file)
    else await rename(temp, file)
    if (options.previous === 'same') {
      const copy = path.join(dir, `.${path.basename(file)}.prev.${randomUUID()}.tmp`)
      await writeSynced(copy, data)
      await rename(copy, previousOf(file))
    }
  } finally {
    if (options.exclusive) await unlink(temp).catch(() => undefined)
  }
  await syncDir(dir)
}

/**
 * Make the current `file` its `.prev`: a hard link under a temp name renamed over the old `.prev`, so at every
 * moment `.prev` is a whole version (the old one or the current one). Nothing to keep when `file` is new.
 */
async function keepCurrentAsPrevious(file: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.prev.${randomUUID()}.tmp`)
  try {
    await link(file, temp)
  } catch (error) {
    if (isMissing(error)) return
    throw error
  }
  try {
    await rename(temp, previousOf(file))
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
