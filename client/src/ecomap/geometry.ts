import { ECOMAP_CANVAS } from '../../../cases/templates/ecomapOptions'

/** A point in the drawing's coordinate space (ECOMAP_CANVAS: 1000 × 1000, centre at 500, 500). */
export interface Point {
  x: number
  y: number
}

/** Radius of the centre circle, of a system circle and of a member's small circle inside the centre. */
export const CENTRE_RADIUS = 125
export const SYSTEM_RADIUS = 95
export const MEMBER_RADIUS = 28
/** The outer edge of a selected system's ring (radius + 10, stroke 6): a system moved by hand keeps it on the map. */
export const SELECTED_RADIUS = SYSTEM_RADIUS + 13

/** Height of the strip under the 1000 × 1000 map that holds the legend (part of the exported drawing). */
export const LEGEND_HEIGHT = 270

/** The drawing's viewBox: the map square plus the legend strip. */
export const VIEW_BOX = { width: ECOMAP_CANVAS.width, height: ECOMAP_CANVAS.height + LEGEND_HEIGHT } as const

/** Keep a system circle fully inside the map square; non-numbers (not placed yet) become the centre. */
export function clampToCanvas(p: Point, radius = SYSTEM_RADIUS): Point {
  const fix = (v: number, max: number) =>
    Number.isFinite(v) ? Math.round(Math.min(max - radius, Math.max(radius, v))) : max / 2
  return { x: fix(p.x, ECOMAP_CANVAS.width), y: fix(p.y, ECOMAP_CANVAS.height) }
}

/** A system's stored position, with anything missing or out of range made drawable. */
export function systemPoint(x: unknown, y: unknown): Point {
  return clampToCanvas({ x: typeof x === 'number' ? x : NaN, y: typeof y === 'number' ? y : NaN })
}

/** The segment between two circles' edges (from the edge of `a` to the edge of `b`), or null when they overlap. */
export function edgeSegment(a: Point, ra: number, b: Point, rb: number): { from: Point; to: Point } | null {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy)
  if (length <= ra + rb + 1) return null
  const ux = dx / length
  const uy = dy / length
  return {
    from: { x: a.x + ux * ra, y: a.y + uy * ra },
    to: { x: b.x - ux * rb, y: b.y - uy * rb },
  }
}

/** The three corners of an arrowhead whose tip is at `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point, size: number): [Point, Point, Point] {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1
  const ux = (tip.x - from.x) / length
  const uy = (tip.y - from.y) / length
  const bx = tip.x - ux * size
  const by = tip.y - uy * size
  const half = size * 0.55
  return [tip, { x: bx - uy * half, y: by + ux * half }, { x: bx + uy * half, y: by - ux * half }]
}

/**
 * Short cross-marks perpendicular to a segment, every `spacing` units, leaving `margin` free at both ends (they
 * would hide the arrowheads): the hatching of a stressful tie.
 */
export function hatchMarks(from: Point, to: Point, spacing: number, halfLength: number, margin: number) {
  const length = Math.hypot(to.x - from.x, to.y - from.y)
  if (length <= 2 * margin) return []
  const ux = (to.x - from.x) / length
  const uy = (to.y - from.y) / length
  const usable = length - 2 * margin
  const count = Math.max(1, Math.floor(usable / spacing))
  const step = usable / count
  const marks: { from: Point; to: Point }[] = []
  for (let i = 0; i <= count; i++) {
    const d = margin + i * step
    const cx = from.x + ux * d
    const cy = from.y + uy * d
    marks.push({
      from: { x: cx - uy * halfLength, y: cy + ux * halfLength },
      to: { x: cx + uy * halfLength, y: cy - ux * halfLength },
    })
  }
  return marks
}

/** Where each member of the centre sits inside the centre circle (a ring under the centre's label). */
export function memberPoints(count: number): Point[] {
  const { x, y } = ECOMAP_CANVAS.centre
  if (count <= 0) return []
  if (count === 1) return [{ x, y: y + 25 }]
  const ring = count <= 4 ? 50 : 62
  const cy = y + 20
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count
    return { x: Math.round(x + ring * Math.cos(angle)), y: Math.round(cy + ring * Math.sin(angle) * 0.75) }
  })
}

/**
 * A free place for a new system: of the places on two rings around the centre (every 15°), the one farthest from
 * every system already drawn (straight above the centre when the map is empty).
 */
export function freeSpot(existing: readonly Point[]): Point {
  const { x, y } = ECOMAP_CANVAS.centre
  let best: Point = { x, y: y - 330 }
  let bestDistance = -1
  for (const ring of [330, 410]) {
    for (let i = 0; i < 24; i++) {
      const angle = -Math.PI / 2 + (i * Math.PI) / 12
      const p = clampToCanvas({ x: x + ring * Math.cos(angle), y: y + ring * Math.sin(angle) })
      const nearest = existing.reduce((d, q) => Math.min(d, Math.hypot(q.x - p.x, q.y - p.y)), Infinity)
      if (nearest > bestDistance + 0.5) {
        best = p
        bestDistance = nearest
      }
    }
  }
  return best
}

/** Split a label into at most `maxLines` lines of about `maxChars` characters, ending with "…" when cut. */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= maxChars || !line) {
      line = next
    } else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  const cut = lines.length > maxLines
  const kept = lines.slice(0, maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l))
  if (cut) {
    const last = kept[maxLines - 1] ?? ''
    kept[maxLines - 1] = last.endsWith('…') ? last : `${last.slice(0, maxChars - 1)}…`
  }
  return kept
}
