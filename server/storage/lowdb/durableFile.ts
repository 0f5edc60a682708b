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

/**
 * Replace `file` with `data` so that it survives SIGKILL and power loss once this resolves: written to a temp
 * file beside it, `fdatasync`ed, renamed over it, and the folder synced. Readers see the old or the new file,
 * never half of one. With `exclusive`, fails (EEXIST) when `file` already exists, which keeps it immutable.
 */
export async function writeFileDurably(
  file: string,
  data: string | Uint8Array,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${randomUUID()}.tmp`)
  try {
    await writeSynced(temp, data)
    // link() fails when the target exists; rename() replaces it in one step.
    if (options.exclusive) await link(temp, file)
    else await rename(temp, file)
  } finally {
    if (options.exclusive) await unlink(temp).catch(() => undefined)
  }
  await syncDir(dir)
}
