import { useRef } from 'react'
import type { Point } from './geometry'
import { clampToCanvas, SELECTED_RADIUS } from './geometry'

/** Moves shorter than this (in drawing units) are a tap, not a drag. */
const TAP_SLOP = 8
/** While dragging, teammates see the position at most this often; the final position is written on release. */
const WRITE_EVERY_MS = 150

interface Options {
  svg: React.RefObject<SVGSVGElement | null>
  at: Point
  enabled: boolean
  onTap: () => void
  /** The position shown while dragging (null when the drag ends). */
  onPreview: (p: Point | null) => void
  /** Write the position to the document. */
  onWrite: (p: Point) => void
}

/** Client (screen) coordinates to the drawing's coordinates. */
function toDrawing(svg: SVGSVGElement, clientX: number, clientY: number): Point | null {
  const matrix = svg.getScreenCTM()
  if (!matrix) return null
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse())
  return { x: p.x, y: p.y }
}

/**
 * Pointer handlers that drag a system (mouse, pen or touch: the node has `touch-action: none`) or, for a short
 * press, tap it. Writes are throttled while dragging and always made on release, never on every pixel.
 */
export function useSystemDrag({ svg, at, enabled, onTap, onPreview, onWrite }: Options) {
  const drag = useRef<{
    id: number
    start: Point
    origin: Point
    last: Point
    moved: boolean
    wrote: number
  } | null>(null)

  const position = (e: React.PointerEvent): Point | null => {
    const d = drag.current
    const el = svg.current
    if (!d || !el) return null
    const p = toDrawing(el, e.clientX, e.clientY)
    if (!p) return null
    // The dragged system is selected: its ring, not just its circle, stays inside the map's edge.
    return clampToCanvas(
      { x: d.origin.x + p.x - d.start.x, y: d.origin.y + p.y - d.start.y },
      SELECTED_RADIUS,
    )
  }

  return {
    onPointerDown: (e: React.PointerEvent<SVGGElement>) => {
      if (e.button !== 0 || !svg.current) return
      const start = toDrawing(svg.current, e.clientX, e.clientY)
      if (!start) return
      e.stopPropagation()
      e.currentTarget.setPointerCapture(e.pointerId)
      drag.current = { id: e.pointerId, start, origin: at, last: at, moved: false, wrote: 0 }
    },
    onPointerMove: (e: React.PointerEvent<SVGGElement>) => {
      const d = drag.current
      if (!d || d.id !== e.pointerId || !enabled) return
      const p = position(e)
      if (!p) return
      if (!d.moved && Math.hypot(p.x - d.origin.x, p.y - d.origin.y) < TAP_SLOP) return
      d.moved = true
      d.last = p
      onPreview(p)
      const now = performance.now()
      if (now - d.wrote >= WRITE_EVERY_MS) {
        d.wrote = now
        onWrite(p)
      }
    },
    onPointerUp: (e: React.PointerEvent<SVGGElement>) => {
      const d = drag.current
      if (!d || d.id !== e.pointerId) return
      drag.current = null
      e.stopPropagation()
      if (d.moved) {
        onWrite(d.last)
        onPreview(null)
      } else {
        onTap()
      }
    },
    onPointerCancel: (e: React.PointerEvent<SVGGElement>) => {
      const d = drag.current
      if (!d || d.id !== e.pointerId) return
      drag.current = null
      if (d.moved) onWrite(d.last)
      onPreview(null)
    },
  }
}
