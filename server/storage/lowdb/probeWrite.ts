import { rm } from 'node:fs/promises'
import path from 'node:path'
import { writeFileDurably } from './durableFile'

/** Write a small file durably in `dataDir` and remove it again: fails while the disk is full or read-only. */
export async function probeWrite(dataDir: string): Promise<void> {
  const file = path.join(dataDir, '.write-probe')
  await writeFileDurably(file, `${new Date().toISOString()}\n`)
  await rm(file, { force: true })
}
