import { ECOMAP_CANVAS, ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { CENTRE_RADIUS, MEMBER_RADIUS, wrapLabel, type Point } from './geometry'
import type { EcomapT } from './i18n'
import { CENTRE_FILL, CENTRE_STROKE, FONT, INK, MEMBER_FILL, SELECTED } from './palette'

interface Pick {
  /** In connect mode, the centre and its members can be tapped as a tie's start. */
  connecting: boolean
  /** The start already tapped ('centre' or a member id). */
  source: string | null
  onPick: (source: string) => void
}

/** Props that make the centre or a member a button while connecting. */
function pickable({ connecting, source, onPick }: Pick, id: string, label: string) {
  if (!connecting) return {}
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    'aria-pressed': source === id,
    className: 'ecomap-node',
    onClick: (e: React.MouseEvent) => {
      e.stopPropagation()
      onPick(id)
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        onPick(id)
      }
    },
  }
}

/** The centre circle with the centre's name (the person, family or group in focus). */
export function CentreCircle({
  label,
  hasMembers,
  t,
  ...pick
}: Pick & { label: string; hasMembers: boolean; t: EcomapT }) {
  const { x, y } = ECOMAP_CANVAS.centre
  const name = label || t('centre')
  const lines = wrapLabel(name, 13, hasMembers ? 1 : 3)
  const top = hasMembers ? y - CENTRE_RADIUS + 50 : y - ((lines.length - 1) * 30) / 2 + 10
  return (
    <g
      data-source={ECOMAP_CENTRE}
      {...pickable(pick, ECOMAP_CENTRE, label ? t('centreButton', { name: label }) : t('centre'))}
    >
      {pick.source === ECOMAP_CENTRE && (
        <circle
          data-export="skip"
          cx={x}
          cy={y}
          r={CENTRE_RADIUS + 10}
          fill="none"
          stroke={SELECTED}
          strokeWidth={6}
        />
      )}
      <circle cx={x} cy={y} r={CENTRE_RADIUS} fill={CENTRE_FILL} stroke={CENTRE_STROKE} strokeWidth={5} />
      <text textAnchor="middle" fontFamily={FONT} fontSize={26} fontWeight={700} fill={INK}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} y={top + i * 30}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}

/** The members of the centre, each a small circle with their name that a tie can start from. */
export function MemberNodes({
  members,
  at,
  t,
  ...pick
}: Pick & { members: { id: string; name: string }[]; at: Point[]; t: EcomapT }) {
  return members.map((member, i) => {
    const p = at[i]
    if (!p) return null
    const name = member.name || t('unnamedMember')
    return (
      <g key={member.id} data-source={member.id} {...pickable(pick, member.id, t('memberButton', { name }))}>
        {pick.source === member.id && (
          <circle
            data-export="skip"
            cx={p.x}
            cy={p.y}
            r={MEMBER_RADIUS + 7}
            fill="none"
            stroke={SELECTED}
            strokeWidth={5}
          />
        )}
        <circle
          cx={p.x}
          cy={p.y}
          r={MEMBER_RADIUS}
          fill={MEMBER_FILL}
          stroke={CENTRE_STROKE}
          strokeWidth={2}
        />
        <text x={p.x} y={p.y + 5} textAnchor="middle" fontFamily={FONT} fontSize={14} fill={INK}>
          {wrapLabel(name, 7, 1)[0]}
        </text>
      </g>
    )
  })
}
