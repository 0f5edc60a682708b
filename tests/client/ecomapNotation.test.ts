import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { textDiff, applyTextDiff } from '../../client/src/ecomap/actions'
import { ecomapEn, ecomapId, interpolate } from '../../client/src/ecomap/i18n'
import { exportFileName, standaloneSvg } from '../../client/src/ecomap/svgText'
import { tieStyle } from '../../client/src/ecomap/tieStyle'

describe("ecomap ties in Hartman's notation", () => {
  it('draws strong and moderate ties solid, thicker for stronger, and tenuous ties dashed', () => {
    const strong = tieStyle('strong', false, 'none')
    const moderate = tieStyle('moderate', false, 'none')
    const tenuous = tieStyle('tenuous', false, 'none')
    expect(strong.dash).toBeNull()
    expect(moderate.dash).toBeNull()
    expect(tenuous.dash).not.toBeNull()
    expect(strong.strokeWidth).toBeGreaterThan(moderate.strokeWidth)
    expect(moderate.strokeWidth).toBeGreaterThanOrEqual(tenuous.strokeWidth)
  })

  it('hatches a stressful tie whatever its strength', () => {
    for (const strength of ['strong', 'moderate', 'tenuous']) {
      expect(tieStyle(strength, true, 'none').hatched).toBe(true)
      expect(tieStyle(strength, false, 'none').hatched).toBe(false)
      expect(tieStyle(strength, true, 'none').strokeWidth).toBe(tieStyle(strength, false, 'none').strokeWidth)
    }
  })

  it('puts arrowheads where the energy or resources flow to', () => {
    const ends = (flow: unknown) => {
      const s = tieStyle('moderate', false, flow)
      return [s.arrowAtCentre, s.arrowAtSystem]
    }
    expect(ends('toCentre')).toEqual([true, false])
    expect(ends('fromCentre')).toEqual([false, true])
    expect(ends('both')).toEqual([true, true])
    expect(ends('none')).toEqual([false, false])
    expect(ends(null)).toEqual([false, false])
  })

  it('draws a tie with nothing chosen yet as moderate with no flow', () => {
    expect(tieStyle(null, null, null)).toEqual(tieStyle('moderate', false, 'none'))
  })
})

describe('ecomap export', () => {
  it('makes serialized SVG a standalone file with the namespace and a pixel size', () => {
    const out = standaloneSvg(
      '<svg class="ecomap-svg" viewBox="0 0 1000 1270" width="50%" role="group"><line x1="1"/></svg>',
      1000,
      1270,
    )
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true)
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(out).toContain('width="1000" height="1270"')
    expect(out).toContain('viewBox="0 0 1000 1270"')
    expect(out).not.toContain('class=')
    expect(out).not.toContain('50%')
    expect(out).toContain('<line x1="1"/></svg>')
    expect(() => standaloneSvg('<div></div>', 1, 1)).toThrow()
  })

  it('keeps an existing namespace once', () => {
    const out = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>', 1, 1)
    expect(out.match(/xmlns=/g)).toHaveLength(1)
  })

  it('names the file after the centre and the map date, with safe characters only', () => {
    expect(exportFileName('ekomap', 'Keluarga Sari / Budi', '2026-11-29', 'svg')).toBe(
      'ekomap-Keluarga-Sari-Budi-2026-11-29.svg',
    )
    expect(exportFileName('ecomap', '', null, 'png')).toBe('ecomap.png')
  })
})

describe('ecomap note textarea binding', () => {
  it('finds the one changed span between two texts', () => {
    expect(textDiff('abc', 'abXc')).toEqual({ start: 2, removed: 0, inserted: 'X' })
    expect(textDiff('hello world', 'hello')).toEqual({ start: 5, removed: 6, inserted: '' })
    expect(textDiff('aaa', 'aa')).toEqual({ start: 2, removed: 1, inserted: '' })
    expect(textDiff('same', 'same')).toEqual({ start: 4, removed: 0, inserted: '' })
  })

  it("applies one's typing as a diff, so a teammate's concurrent typing elsewhere survives", () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.getText('n').insert(0, 'Sekolah menolak. ')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    applyTextDiff(a.getText('n'), 'Sekolah negeri menolak. ')
    b.getText('n').insert(b.getText('n').length, 'Ibu kecewa.')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(a.getText('n').toString()).toBe('Sekolah negeri menolak. Ibu kecewa.')
    expect(b.getText('n').toString()).toBe(a.getText('n').toString())
  })
})

describe('ecomap editor strings', () => {
  it('has every key in Indonesian and English, none empty', () => {
    expect(Object.keys(ecomapEn).sort()).toEqual(Object.keys(ecomapId).sort())
    for (const dict of [ecomapId, ecomapEn])
      for (const text of Object.values(dict)) expect(text.trim()).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(ecomapId) as (keyof typeof ecomapId)[]) {
      expect(names(ecomapEn[key]), key).toEqual(names(ecomapId[key]))
    }
  })

  it('fills placeholders as plain text', () => {
    expect(interpolate('Hapus {{name}}', { name: '<b>x</b>' })).toBe('Hapus <b>x</b>')
    expect(interpolate('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}')
  })
})
