import { promisify } from 'node:util'
import * as zlib from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'

/** One file of a zip archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, already safe (see slugs.ts). */
  path: string
  data: Uint8Array
  modifiedAt: Date
}

/** Where a streamed zip goes, a chunk at a time; resolves once the chunk may be followed by the next (backpressure). */
export type ZipSink = (chunk: Uint8Array) => Promise<void>

const deflate = promisify(zlib.deflateRaw)

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 in JavaScript, for Node before 20.15 (about 30 times slower than zlib's). */
function crc32InJs(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** CRC-32 (as zip wants it): node:zlib's from Node 20.15, so a large entry holds up the event loop for milliseconds. */
const crc32: (data: Uint8Array) => number =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? crc32InJs

/**
 * Write a zip of the entries to `sink` as they come, deflated: only the entry in hand is held in memory, so the
 * archive has no size bound. Node's zlib compresses on its thread pool, so a large entry never holds up other
 * requests; fflate writes the zip around the compressed data. Rejects (having written a partial archive) when an
 * entry cannot be read, the sink fails, or two entries share a path.
 */
export async function writeZip(entries: AsyncIterable<ZipEntry>, sink: ZipSink): Promise<void> {
  let pending: Uint8Array[] = []
  let failure: Error | null = null
  const archive = new Zip((error, chunk) => {
    if (error) failure = error
    else pending.push(chunk)
  })
  const drain = async () => {
    if (failure) throw failure
    const chunks = pending
    pending = []
    for (const chunk of chunks) await sink(chunk)
  }
  const paths = new Set<string>()
  try {
    for await (const entry of entries) {
      if (paths.has(entry.path)) throw new Error('Duplicate zip entry')
      paths.add(entry.path)
      const compressed = await deflate(entry.data, { level: 6 })
      const file: ZipInputFile = {
        filename: entry.path,
        size: entry.data.byteLength,
        crc: crc32(entry.data),
        compression: 8,
        mtime: entry.modifiedAt,
      }
      archive.add(file)
      file.ondata?.(null, compressed, true)
      await drain()
    }
    archive.end()
    await drain()
  } catch (error) {
    archive.terminate()
    throw error
  }
}
