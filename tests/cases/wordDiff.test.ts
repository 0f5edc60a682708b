import { describe, expect, it } from 'vitest'
import type { DiffChange } from '../../cases/contracts/history'
import { wordDiff, wordTokens } from '../../cases/history/wordDiff'

const side = (changes: DiffChange[], skip: DiffChange['op']) =>
  changes
    .filter((c) => c.op !== skip)
    .map((c) => c.text)
    .join('')

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

describe('word diff', () => {
  it('splits text into words, spaces and punctuation that join back to the text', () => {
    expect(wordTokens('Ibu  Sri, 42 tahun.\nAnak-anak')).toEqual([
      'Ibu',
      '  ',
      'Sri',
      ',',
      ' ',
      '42',
      ' ',
      'tahun',
      '.',
      '\n',
      'Anak',
      '-',
      'anak',
    ])
    expect(wordTokens('')).toEqual([])
  })

  it('marks the changed words only, merging runs of the same kind', () => {
    expect(
      wordDiff('Keluarga tinggal di Bandung sejak 2019.', 'Keluarga pindah ke Bandung pada 2019.'),
    ).toEqual([
      { op: 'equal', text: 'Keluarga ' },
      { op: 'delete', text: 'tinggal' },
      { op: 'insert', text: 'pindah' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'di' },
      { op: 'insert', text: 'ke' },
      { op: 'equal', text: ' Bandung ' },
      { op: 'delete', text: 'sejak' },
      { op: 'insert', text: 'pada' },
      { op: 'equal', text: ' 2019.' },
    ])
  })

  it('handles empty sides and identical texts', () => {
    expect(wordDiff('', '')).toEqual([])
    expect(wordDiff('', 'baru')).toEqual([{ op: 'insert', text: 'baru' }])
    expect(wordDiff('lama', '')).toEqual([{ op: 'delete', text: 'lama' }])
    expect(wordDiff('sama saja', 'sama saja')).toEqual([{ op: 'equal', text: 'sama saja' }])
  })

  it('always gives back both texts exactly (random texts)', () => {
    const next = random(7)
    const words = ['a', 'b', 'kata', ' ', '\n', '.', ',', 'é', '🙂']
    const text = () =>
      Array.from({ length: Math.floor(next() * 40) }, () => words[Math.floor(next() * words.length)]).join('')
    for (let i = 0; i < 500; i++) {
      const [from, to] = [text(), text()]
      const changes = wordDiff(from, to)
      expect(side(changes, 'insert')).toBe(from)
      expect(side(changes, 'delete')).toBe(to)
    }
  })

  it('finds a shortest edit: one changed word among many costs one delete and one insert', () => {
    const base = Array.from({ length: 300 }, (_, i) => `kata${i}`).join(' ')
    const changed = base.replace('kata150', 'ganti')
    const changes = wordDiff(base, changed)
    expect(changes.filter((c) => c.op !== 'equal')).toEqual([
      { op: 'delete', text: 'kata150' },
      { op: 'insert', text: 'ganti' },
    ])
  })

  it('reports two texts too far apart as the changed middle replaced, still exact', () => {
    const from = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ')
    const to = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ')
    const changes = wordDiff(from, to)
    expect(side(changes, 'insert')).toBe(from)
    expect(side(changes, 'delete')).toBe(to)
    expect(changes.length).toBeLessThanOrEqual(3)
  })
})
