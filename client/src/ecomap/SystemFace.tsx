import { SYSTEM_RADIUS, wrapLabel, type Point } from './geometry'
import { FONT, INK, MUTED, SYSTEM_FILL, SYSTEM_STROKE } from './palette'

/** Where each line of a system's text sits and how it looks: the label in bold, then its category, centred. */
function faceLines(at: Point, label: string, category: string) {
  const lines = [
    ...wrapLabel(label, 10, 2).map((text) => ({ text, size: 27, bold: true, gap: 28 })),
    ...(category ? wrapLabel(category, 16, 2) : []).map((text, i) => ({
      text,
      size: 19,
      bold: false,
      gap: i === 0 ? 26 : 22,
    })),
  ]
  const height = lines.slice(1).reduce((h, l) => h + l.gap, 0)
  let y = at.y - height / 2 + 8
  return lines.map((line, i) => {
    if (i > 0) y += line.gap
    return { ...line, y }
  })
}

/**
 * A system's circle with its label and category (empty for none), as the editor, the static drawing and the
 * export show it.
 */
export function SystemFace({ at, label, category }: { at: Point; label: string; category: string }) {
  return (
    <>
      <circle
        cx={at.x}
        cy={at.y}
        r={SYSTEM_RADIUS}
        fill={SYSTEM_FILL}
        stroke={SYSTEM_STROKE}
        strokeWidth={3}
      />
      <text textAnchor="middle" fontFamily={FONT} fill={INK}>
        {faceLines(at, label, category).map((line, i) => (
          <tspan
            key={i}
            x={at.x}
            y={line.y}
            fontSize={line.size}
            fontWeight={line.bold ? 700 : 400}
            fill={line.bold ? INK : MUTED}
          >
            {line.text}
          </tspan>
        ))}
      </text>
    </>
  )
}
