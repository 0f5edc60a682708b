import { arrowHead, edgeSegment, hatchMarks, type Point } from './geometry'
import { INK, SELECTED } from './palette'
import { arrowSize, tieStyle } from './tieStyle'

/** Where a tie is drawn between: its source circle (centre or member) and its system circle. */
export interface TieEnds {
  source: Point
  sourceRadius: number
  system: Point
  systemRadius: number
}

interface Props {
  ends: TieEnds
  strength: unknown
  stressful: unknown
  flow: unknown
  selected?: boolean
  /** Colours of teammates who have this tie selected. */
  colors?: string[]
  label?: string
  onTap?: () => void
}

const points = (ps: Point[]) => ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')

/**
 * One tie in Hartman's notation (see tieStyle): the line itself, cross-marks when stressful and arrowheads for the
 * flow. With `onTap` it has a wide invisible hit line so it is easy to tap on a phone.
 */
export function TieLine({ ends, strength, stressful, flow, selected, colors = [], label, onTap }: Props) {
  const segment = edgeSegment(ends.source, ends.sourceRadius, ends.system, ends.systemRadius)
  if (!segment) return null
  const style = tieStyle(strength, stressful, flow)
  const size = arrowSize(style.strokeWidth)
  const { from, to } = segment
  // The line stops short of an arrowhead's tip so a thick line does not poke out past the point.
  const length = Math.hypot(to.x - from.x, to.y - from.y)
  const ux = (to.x - from.x) / length
  const uy = (to.y - from.y) / length
  const lineFrom = style.arrowAtCentre ? { x: from.x + ux * size * 0.8, y: from.y + uy * size * 0.8 } : from
  const lineTo = style.arrowAtSystem ? { x: to.x - ux * size * 0.8, y: to.y - uy * size * 0.8 } : to
  const marks = style.hatched ? hatchMarks(from, to, 26, 14, size + 6) : []
  const line = (extra: React.SVGProps<SVGLineElement>) => (
    <line x1={lineFrom.x} y1={lineFrom.y} x2={lineTo.x} y2={lineTo.y} {...extra} />
  )
  return (
    <g data-tie-strength={String(strength)} data-tie-flow={String(flow)}>
      {selected && (
        <g data-export="skip">
          {line({ stroke: SELECTED, strokeWidth: style.strokeWidth + 12, strokeOpacity: 0.5 })}
        </g>
      )}
      {colors.map((color, i) => (
        <g key={i} data-export="skip">
          {line({ stroke: color, strokeWidth: style.strokeWidth + 8 + i * 6, strokeOpacity: 0.45 })}
        </g>
      ))}
      {line({
        stroke: INK,
        strokeWidth: style.strokeWidth,
        strokeDasharray: style.dash ?? undefined,
        strokeLinecap: style.dash ? 'butt' : 'round',
      })}
      {marks.map((m, i) => (
        <line key={i} x1={m.from.x} y1={m.from.y} x2={m.to.x} y2={m.to.y} stroke={INK} strokeWidth={4} />
      ))}
      {style.arrowAtSystem && <polygon points={points(arrowHead(from, to, size))} fill={INK} />}
      {style.arrowAtCentre && <polygon points={points(arrowHead(to, from, size))} fill={INK} />}
      {onTap && (
        <line
          data-export="skip"
          className="ecomap-hit"
          x1={from.x}
          y1={from.y}
          x2={to.x}
          y2={to.y}
          stroke="transparent"
          strokeWidth={36}
          role="button"
          tabIndex={0}
          aria-label={label}
          aria-pressed={selected}
          onClick={(e) => {
            e.stopPropagation()
            onTap()
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault()
              onTap()
            }
          }}
        />
      )}
    </g>
  )
}
