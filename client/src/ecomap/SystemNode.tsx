import type { Lang } from '../../../cases/i18n/bilingual'
import { categoryLabel } from './definition'
import { clampToCanvas, SELECTED_RADIUS, SYSTEM_RADIUS, type Point } from './geometry'
import type { EcomapT } from './i18n'
import type { RemotePerson } from './interaction'
import type { SystemView } from './model'
import { FONT, INK, SELECTED } from './palette'
import { SystemFace } from './SystemFace'
import { useSystemDrag } from './useSystemDrag'

interface Props {
  system: SystemView
  at: Point
  lang: Lang
  t: EcomapT
  svg: React.RefObject<SVGSVGElement | null>
  selected: boolean
  /** Connect mode is waiting for a system: show it as a target. */
  target: boolean
  interactive: boolean
  people: RemotePerson[]
  onTap: (id: string) => void
  onPreview: (id: string, p: Point | null) => void
  onWrite: (id: string, p: Point) => void
}

/** A system: a circle with its label and category; drag it to move it, tap it to select it (or to end a tie). */
export function SystemNode({
  system,
  at,
  lang,
  t,
  svg,
  selected,
  target,
  interactive,
  people,
  ...on
}: Props) {
  const label = system.label || t('unnamedSystem')
  const category = categoryLabel(system.category, lang)
  const drag = useSystemDrag({
    svg,
    at,
    enabled: interactive,
    onTap: () => on.onTap(system.id),
    onPreview: (p) => on.onPreview(system.id, p),
    onWrite: (p) => on.onWrite(system.id, p),
  })
  const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as const
  const key = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      on.onTap(system.id)
    } else if (e.key in step) {
      // Arrow keys move the system (10 units, 50 with Shift): dragging without a pointer.
      e.preventDefault()
      const [dx, dy] = step[e.key as keyof typeof step]
      const by = e.shiftKey ? 50 : 10
      on.onWrite(system.id, clampToCanvas({ x: at.x + dx * by, y: at.y + dy * by }, SELECTED_RADIUS))
    }
  }
  return (
    <g
      data-system-id={system.id}
      className={interactive ? 'ecomap-node' : undefined}
      {...(interactive
        ? {
            role: 'button',
            tabIndex: 0,
            'aria-label': t('systemButton', { label, category: category || t('empty') }),
            'aria-pressed': selected,
            onKeyDown: key,
            ...drag,
          }
        : {})}
    >
      {(selected || target) && (
        <circle
          data-export="skip"
          cx={at.x}
          cy={at.y}
          r={SYSTEM_RADIUS + 10}
          fill="none"
          stroke={SELECTED}
          strokeWidth={selected ? 6 : 3}
          strokeDasharray={target && !selected ? '10 8' : undefined}
        />
      )}
      {people.map((p, i) => (
        <circle
          key={p.clientId}
          data-export="skip"
          cx={at.x}
          cy={at.y}
          r={SYSTEM_RADIUS + 18 + i * 7}
          fill="none"
          stroke={p.color}
          strokeWidth={5}
        />
      ))}
      <SystemFace at={at} label={label} category={category} />
      {people.length > 0 && (
        <text
          data-export="skip"
          x={at.x}
          y={at.y - SYSTEM_RADIUS - 26 - people.length * 7}
          textAnchor="middle"
          fontFamily={FONT}
          fontSize={20}
          fontWeight={700}
          fill={people[0]?.color ?? INK}
        >
          {t('here', { names: people.map((p) => p.name).join(', ') })}
        </text>
      )}
    </g>
  )
}
