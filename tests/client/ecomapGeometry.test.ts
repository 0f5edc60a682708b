import { describe, expect, it } from 'vitest'
import {
  CENTRE_RADIUS,
  SYSTEM_RADIUS,
  arrowHead,
  clampToCanvas,
  edgeSegment,
  freeSpot,
  hatchMarks,
  memberPoints,
  systemPoint,
  wrapLabel,
} from '../../client/src/ecomap/geometry'
import { DEFAULT_SYSTEMS, ECOMAP_CANVAS } from '../../cases/templates/ecomapOptions'

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6)

describe('ecomap drawing geometry', () => {
  it('keeps a system circle inside the map and puts an unplaced system at the centre', () => {
    expect(clampToCanvas({ x: -50, y: 5000 })).toEqual({ x: SYSTEM_RADIUS, y: 1000 - SYSTEM_RADIUS })
    expect(clampToCanvas({ x: 321.6, y: 400.2 })).toEqual({ x: 322, y: 400 })
    expect(systemPoint(null, 'x')).toEqual({ x: 500, y: 500 })
  })

  it('draws a tie from the edge of one circle to the edge of the other, and none when they overlap', () => {
    const seg = edgeSegment({ x: 500, y: 500 }, CENTRE_RADIUS, { x: 500, y: 170 }, SYSTEM_RADIUS)
    expect(seg).not.toBeNull()
    close(seg!.from.y, 500 - CENTRE_RADIUS)
    close(seg!.to.y, 170 + SYSTEM_RADIUS)
    close(seg!.from.x, 500)
    expect(edgeSegment({ x: 500, y: 500 }, CENTRE_RADIUS, { x: 560, y: 500 }, SYSTEM_RADIUS)).toBeNull()
  })

  it('points an arrowhead at its tip, symmetric about the line', () => {
    const [tip, left, right] = arrowHead({ x: 0, y: 0 }, { x: 100, y: 0 }, 20)
    expect(tip).toEqual({ x: 100, y: 0 })
    close(left.x, 80)
    close(right.x, 80)
    close(left.y, -right.y)
    expect(Math.abs(left.y)).toBeGreaterThan(5)
  })

  it('hatches a stressful tie with cross-marks perpendicular to it, clear of the ends', () => {
    const marks = hatchMarks({ x: 0, y: 0 }, { x: 200, y: 0 }, 25, 10, 30)
    expect(marks.length).toBeGreaterThanOrEqual(5)
    for (const m of marks) {
      close(m.from.x, m.to.x)
      close(Math.abs(m.from.y - m.to.y), 20)
      expect(m.from.x).toBeGreaterThanOrEqual(30)
      expect(m.from.x).toBeLessThanOrEqual(170)
    }
    expect(hatchMarks({ x: 0, y: 0 }, { x: 40, y: 0 }, 25, 10, 30)).toEqual([])
  })

  it('places every member inside the centre circle, apart from each other', () => {
    for (const count of [1, 2, 3, 4, 6]) {
      const points = memberPoints(count)
      expect(points).toHaveLength(count)
      for (const p of points) {
        expect(Math.hypot(p.x - 500, p.y - 500)).toBeLessThan(CENTRE_RADIUS)
      }
    }
    expect(memberPoints(0)).toEqual([])
  })

  it('puts a new system where the drawing is emptiest', () => {
    const spot = freeSpot(DEFAULT_SYSTEMS.map((s) => ({ x: Number(s.x), y: Number(s.y) })))
    const nearest = Math.min(
      ...DEFAULT_SYSTEMS.map((s) => Math.hypot(Number(s.x) - spot.x, Number(s.y) - spot.y)),
    )
    expect(nearest).toBeGreaterThan(150)
    expect(clampToCanvas(spot)).toEqual(spot)
    expect(spot.x).toBeLessThanOrEqual(ECOMAP_CANVAS.width)
  })

  it('wraps a long label onto lines and marks a cut with an ellipsis', () => {
    expect(wrapLabel('Pelayanan dan Jasa', 11, 2)).toEqual(['Pelayanan', 'dan Jasa'])
    expect(wrapLabel('Keluarga', 11, 2)).toEqual(['Keluarga'])
    const cut = wrapLabel('Sistem Pelayanan Sosial Kabupaten Sukamaju', 11, 2)
    expect(cut).toHaveLength(2)
    expect(cut[1]!.endsWith('…')).toBe(true)
    expect(wrapLabel('Supercalifragilistic', 8, 1)).toEqual(['Superca…'])
  })
})
