import type { Lang } from '../../../cases/i18n/bilingual'
import { ECOMAP_CANVAS, ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { CentreCircle, MemberNodes } from './CentreNode'
import { categoryLabel } from './definition'
import {
  CENTRE_RADIUS,
  MEMBER_RADIUS,
  SYSTEM_RADIUS,
  VIEW_BOX,
  memberPoints,
  wrapLabel,
  type Point,
} from './geometry'
import { registerEcomapI18n, useEcomapT } from './i18n'
import { Legend } from './Legend'
import { FONT, INK, MUTED, SYSTEM_FILL, SYSTEM_STROKE } from './palette'
import { readStaticEcomap, type StaticSystem } from './staticModel'
import { TieLine } from './TieLine'

// Importing the static drawing (e.g. from the print view) brings the editor's strings without the editor.
registerEcomapI18n()

const noPick = { connecting: false, source: null, onPick: () => undefined }

/**
 * The ecomap drawn read-only from export JSON (`templates.ecomap` of an export, version or snapshot): the same
 * notation, centre, members, systems and legend as the editor, with nothing to tap. For print and review.
 */
export function EcomapStatic({ value, lang, className }: { value: unknown; lang: Lang; className?: string }) {
  const t = useEcomapT(lang)
  const map = readStaticEcomap(value)
  const memberAt = memberPoints(map.members.length)
  const sources = new Map<string, { at: Point; r: number }>([
    [ECOMAP_CENTRE, { at: ECOMAP_CANVAS.centre, r: CENTRE_RADIUS }],
  ])
  map.members.forEach((m, i) => {
    const at = memberAt[i]
    if (at) sources.set(m.id, { at, r: MEMBER_RADIUS })
  })
  const systemAt = new Map(map.systems.map((s) => [s.id, { x: s.x, y: s.y }]))
  const ties = (fromCentre: boolean) =>
    map.ties
      .filter((tie) => (tie.from === ECOMAP_CENTRE) === fromCentre)
      .map((tie) => {
        const source = sources.get(tie.from)
        const system = systemAt.get(tie.to)
        if (!source || !system) return null
        return (
          <g key={tie.id} data-tie-id={tie.id}>
            <TieLine
              ends={{ source: source.at, sourceRadius: source.r, system, systemRadius: SYSTEM_RADIUS }}
              strength={tie.strength}
              stressful={tie.stressful}
              flow={tie.flow}
            />
          </g>
        )
      })
  const dateText = map.mapDate ? t('mapDate', { date: map.mapDate }) : t('noDate')
  return (
    <svg
      className={className}
      viewBox={`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`}
      role="img"
      aria-label={t('drawingLabel', {
        centre: map.centreLabel || t('centre'),
        systems: map.systems.length,
        ties: map.ties.length,
      })}
      fontFamily={FONT}
    >
      <rect x={0} y={0} width={VIEW_BOX.width} height={VIEW_BOX.height} fill="#ffffff" />
      {ties(true)}
      <CentreCircle label={map.centreLabel} hasMembers={map.members.length > 0} t={t} {...noPick} />
      {ties(false)}
      <MemberNodes members={map.members} at={memberAt} t={t} {...noPick} />
      {map.systems.map((s) => (
        <StaticSystemNode
          key={s.id}
          system={s}
          category={categoryLabel(s.category, lang)}
          unnamed={t('unnamedSystem')}
        />
      ))}
      <Legend t={t} dateText={dateText} />
    </svg>
  )
}

/** A system circle with its label and category (as SystemNode draws it, without any interaction). */
function StaticSystemNode({
  system,
  category,
  unnamed,
}: {
  system: StaticSystem
  category: string
  unnamed: string
}) {
  const lines = [
    ...wrapLabel(system.label || unnamed, 10, 2).map((text) => ({ text, size: 27, bold: true, gap: 28 })),
    ...(category ? wrapLabel(category, 16, 2) : []).map((text, i) => ({
      text,
      size: 19,
      bold: false,
      gap: i === 0 ? 26 : 22,
    })),
  ]
  const height = lines.slice(1).reduce((h, l) => h + l.gap, 0)
  let y = system.y - height / 2 + 8
  return (
    <g data-system-id={system.id}>
      <circle
        cx={system.x}
        cy={system.y}
        r={SYSTEM_RADIUS}
        fill={SYSTEM_FILL}
        stroke={SYSTEM_STROKE}
        strokeWidth={3}
      />
      <text textAnchor="middle" fontFamily={FONT} fill={INK}>
        {lines.map((line, i) => {
          if (i > 0) y += line.gap
          return (
            <tspan
              key={i}
              x={system.x}
              y={y}
              fontSize={line.size}
              fontWeight={line.bold ? 700 : 400}
              fill={line.bold ? INK : MUTED}
            >
              {line.text}
            </tspan>
          )
        })}
      </text>
    </g>
  )
}
