import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { slugify, uniqueSlugs } from '../../server/services/slugs'
import { writeZip, type ZipEntry } from '../../server/services/zipArchive'

const bytes = (text: string) => new TextEncoder().encode(text)

/** The entries one by one, as the bundle yields them; `fail` throws in place of the entry at that index. */
async function* source(entries: ZipEntry[], fail?: number): AsyncGenerator<ZipEntry> {
  for (const [i, entry] of entries.entries()) {
    if (i === fail) throw new Error('reading failed')
    yield entry
  }
}

/** Stream the entries into memory; the chunks written before a failure are kept in `chunks`. */
async function zip(entries: ZipEntry[], chunks: Uint8Array[] = [], fail?: number): Promise<Uint8Array> {
  await writeZip(source(entries, fail), async (chunk) => void chunks.push(chunk))
  return Buffer.concat(chunks)
}

describe('bundle file names', () => {
  it('slugs names to safe ASCII: accents dropped, no dots or slashes, never empty', () => {
    expect(slugify('Kelas Ä / Pagi', 'x')).toBe('kelas-a-pagi')
    expect(slugify('../../etc/passwd', 'x')).toBe('etc-passwd')
    expect(slugify('..\\..\\windows', 'x')).toBe('windows')
    expect(slugify('...', 'tim')).toBe('tim')
    expect(slugify('سلام', 'tim')).toBe('tim')
    expect(slugify('a'.repeat(100), 'x')).toHaveLength(60)
  })

  it('keeps slugs unique within a folder with -2, -3 …', () => {
    const next = uniqueSlugs()
    expect([next('Tim 1', 't'), next('tim-1', 't'), next('../Tim 1', 't'), next('Tim 2', 't')]).toEqual([
      'tim-1',
      'tim-1-2',
      'tim-1-3',
      'tim-2',
    ])
  })
})

describe('zipping a bundle', () => {
  it('streams the entries, small and large, so that unzipping gives them back', async () => {
    const large = bytes(JSON.stringify({ notes: 'Catatan kasus. '.repeat(20_000) }))
    expect(large.byteLength).toBeGreaterThan(200_000)
    const chunks: Uint8Array[] = []
    const archive = await zip(
      [
        { path: 'a/b/v1.json', data: bytes('{"x":1}'), modifiedAt: new Date('2026-01-02T03:04:05Z') },
        { path: 'a/c/live.json', data: large, modifiedAt: new Date() },
        { path: 'manifest.json', data: bytes('{}'), modifiedAt: new Date() },
      ],
      chunks,
    )
    // Written entry by entry, not in one piece at the end.
    expect(chunks.length).toBeGreaterThan(3)
    expect(archive.byteLength).toBeLessThan(large.byteLength / 10)
    const files = unzipSync(archive)
    expect(Object.keys(files).sort()).toEqual(['a/b/v1.json', 'a/c/live.json', 'manifest.json'])
    expect(new TextDecoder().decode(files['a/b/v1.json'])).toBe('{"x":1}')
    expect(Buffer.from(files['a/c/live.json']!).equals(large)).toBe(true)
  })

  it('rejects when an entry cannot be read, having written only a partial archive', async () => {
    const entries = ['a', 'b', 'c'].map((name) => ({
      path: `${name}.json`,
      data: bytes(`{"${name}":1}`),
      modifiedAt: new Date(),
    }))
    const chunks: Uint8Array[] = []
    await expect(zip(entries, chunks, 2)).rejects.toThrow('reading failed')
    expect(chunks.length).toBeGreaterThan(0)
    expect(() => unzipSync(Buffer.concat(chunks))).toThrow()
  })

  it('refuses two entries with one path', async () => {
    const entry = { path: 'a.json', data: bytes('{}'), modifiedAt: new Date() }
    await expect(zip([entry, { ...entry }])).rejects.toThrow(/Duplicate/)
  })
})
