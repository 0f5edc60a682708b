import { promisify } from 'node:util'
import { deflateRaw } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'
import { AppError } from './errors'

/** The largest class bundle served: the uncompressed files together (413 above it). */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024

/** One file of a zip archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, already safe (see slugs.ts). */
  path: string
  data: Uint8Array
  modifiedAt: Date
}

/** 413 for a bundle whose files together exceed `maxBytes`. */
export function tooLarge(maxBytes: number): AppError {
  const mb = Math.round(maxBytes / (1024 * 1024))
  return new AppError('payload_too_large', `The results are larger than ${mb} MB; export them per workspace.`)
}

const deflate = promisify(deflateRaw)

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 (as zip wants it); node:zlib's crc32 only exists from Node 20.15. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

/**
 * Zip the entries in memory, deflated. Node's zlib compresses on its thread pool, so a large bundle never holds up
 * other requests; fflate writes the zip around the compressed data. 413 when the files together exceed `maxBytes`.
 */
export async function zipEntries(
  entries: readonly ZipEntry[],
  maxBytes = MAX_BUNDLE_BYTES,
): Promise<Uint8Array> {
  const total = entries.reduce((sum, e) => sum + e.data.byteLength, 0)
  if (total > maxBytes) throw tooLarge(maxBytes)
  if (new Set(entries.map((e) => e.path)).size !== entries.length) throw new Error('Duplicate zip entry')
  const compressed = await Promise.all(entries.map((e) => deflate(e.data, { level: 6 })))
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    const archive = new Zip((error, chunk, final) => {
      if (error) return reject(error)
      chunks.push(chunk)
      if (final) resolve(concat(chunks))
    })
    entries.forEach((entry, i) => {
      const file: ZipInputFile = {
        filename: entry.path,
        size: entry.data.byteLength,
        crc: crc32(entry.data),
        compression: 8,
        mtime: entry.modifiedAt,
      }
      archive.add(file)
      file.ondata?.(null, compressed[i]!, true)
    })
    archive.end()
  })
}
