import { ECOMAP_CANVAS, ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { CENTRE_RADIUS, MEMBER_RADIUS, wrapLabel, type Point } from './geometry'
import type { EcomapT } from './i18n'
import type { MemberView } from './model'
import { CENTRE_FILL, CENTRE_STROKE, FONT, INK, MEMBER_FILL, SELECTED } from './palette'

interface Props {
  label: string
  members: MemberView[]
  memberAt: Point[]
  t: EcomapT
  /** In connect mode, the centre and its members can be tapped as a tie's start. */
  connecting: boolean
  /** The start already tapped ('centre' or a member id). */
  source: string | null
  onPick: (source: string) => void
}

const keyActivate = (run: () => void) => (e: React.KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault()
    run()
  }
}

/** The centre circle with the centre's name and its members' names (each a small circle a tie can start from). */
export function CentreNode({ label, members, memberAt, t, connecting, source, onPick }: Props) {
  const { x, y } = ECOMAP_CANVAS.centre
  const name = label || t('centre')
  const titleLines = wrapLabel(name, 14, members.length > 0 ? 1 : 3)
  const titleY = members.length > 0 ? y - CENTRE_RADIUS + 50 : y - ((titleLines.length - 1) * 32) / 2 + 10
  const pickable = (id: string, aria: string) =>
    connecting
      ? {
          role: 'button',
          tabIndex: 0,
          'aria-label': aria,
          'aria-pressed': source === id,
          className: 'ecomap-node',
          onClick: (e: React.MouseEvent) => {
            e.stopPropagation()
            onPick(id)
          },
          onKeyDown: keyActivate(() => onPick(id)),
        }
      : {}
  return (
    <g data-centre="">
      <g {...pickable(ECOMAP_CENTRE, t('centreButton', { name }))} data-source={ECOMAP_CENTRE}>
        {source === ECOMAP_CENTRE && (
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
        <text textAnchor="middle" fontFamily={FONT} fontSize={30} fontWeight={700} fill={INK}>
          {titleLines.map((line, i) => (
            <tspan key={i} x={x} y={titleY + i * 32}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
      {members.map((member, i) => {
        const at = memberAt[i]
        if (!at) return null
        const memberName = member.name || t('unnamedMember')
        return (
          <g
            key={member.id}
            data-source={member.id}
            {...pickable(member.id, t('memberButton', { name: memberName }))}
          >
            {source === member.id && (
              <circle
                data-export="skip"
                cx={at.x}
                cy={at.y}
                r={MEMBER_RADIUS + 7}
                fill="none"
                stroke={SELECTED}
                strokeWidth={5}
              />
            )}
            <circle
              cx={at.x}
              cy={at.y}
              r={MEMBER_RADIUS}
              fill={MEMBER_FILL}
              stroke={CENTRE_STROKE}
              strokeWidth={2}
            />
            <text x={at.x} y={at.y + 6} textAnchor="middle" fontFamily={FONT} fontSize={16} fill={INK}>
              {wrapLabel(memberName, 8, 1)[0]}
            </text>
          </g>
        )
      })}
    </g>
  )
}
