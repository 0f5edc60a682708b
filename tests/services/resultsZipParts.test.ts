import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../server/services/errors'
import { slugify, uniqueSlugs } from '../../server/services/slugs'
import { zipEntries } from '../../server/services/zipArchive'

const bytes = (text: string) => new TextEncoder().encode(text)

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
  it('zips the entries, small and large, so that unzipping gives them back', async () => {
    const large = bytes(JSON.stringify({ notes: 'Catatan kasus. '.repeat(20_000) }))
    expect(large.byteLength).toBeGreaterThan(200_000)
    const zip = await zipEntries([
      { path: 'manifest.json', data: bytes('{}'), modifiedAt: new Date() },
      { path: 'a/b/v1.json', data: bytes('{"x":1}'), modifiedAt: new Date('2026-01-02T03:04:05Z') },
      { path: 'a/c/live.json', data: large, modifiedAt: new Date() },
    ])
    expect(zip.byteLength).toBeLessThan(large.byteLength / 10)
    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual(['a/b/v1.json', 'a/c/live.json', 'manifest.json'])
    expect(new TextDecoder().decode(files['a/b/v1.json'])).toBe('{"x":1}')
    expect(Buffer.from(files['a/c/live.json']!).equals(large)).toBe(true)
  })

  it('refuses with 413 payload_too_large when the files together exceed the cap', async () => {
    const entries = [
      { path: 'a.json', data: new Uint8Array(600), modifiedAt: new Date() },
      { path: 'b.json', data: new Uint8Array(600), modifiedAt: new Date() },
    ]
    const error = await zipEntries(entries, 1000).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'payload_too_large', status: 413 })
    await expect(zipEntries(entries, 1200)).resolves.toBeInstanceOf(Uint8Array)
  })
})
