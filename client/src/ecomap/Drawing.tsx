import { useEffect, useState } from 'react'
import type { Lang } from '../../../cases/i18n/bilingual'
import { ECOMAP_CANVAS, ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { moveSystem } from './actions'
import { CentreCircle, MemberNodes } from './CentreNode'
import { VIEW_BOX, memberPoints, type Point } from './geometry'
import type { EcomapT } from './i18n'
import { itemPath, type ConnectState, type RemotePerson, type Selection } from './interaction'
import { Legend } from './Legend'
import type { EcomapSnapshot, TieView } from './model'
import { FONT } from './palette'
import { SystemNode } from './SystemNode'
import { tieEndsOf } from './tieEnds'
import { TieLine } from './TieLine'

interface Props {
  snapshot: EcomapSnapshot
  svg: React.RefObject<SVGSVGElement | null>
  lang: Lang
  t: EcomapT
  readOnly: boolean
  selection: Selection
  connect: ConnectState
  /** Teammates by the awareness path they are on ("ecomap.systems.<id>"). */
  remote: Map<string, RemotePerson[]>
  dateText: string
  /** A phone: the legend is a list under the map (LegendList), so the map leaves out its own legend strip. */
  compact?: boolean
  tieName: (tie: TieView) => string
  onSelect: (selection: Selection) => void
  onPickSource: (source: string) => void
  onPickSystem: (systemId: string) => void
}

/** The ecomap drawn in SVG: ties under the centre and systems, then the legend. Scales to its container's width. */
export function Drawing(props: Props) {
  const { snapshot, svg, lang, t, readOnly, selection, connect, remote } = props
  // The dragged system's position, shown at once while the document only gets throttled writes.
  const [dragging, setDragging] = useState<{ id: string; at: Point } | null>(null)
  useNoScrollOnSystems(svg, !readOnly)
  const memberAt = memberPoints(snapshot.members.length)
  const systemAt = new Map<string, Point>(
    snapshot.systems.map((s) => [s.id, dragging?.id === s.id ? dragging.at : { x: s.x, y: s.y }]),
  )
  const endsOf = tieEndsOf(snapshot.members, memberAt, systemAt)
  const interactive = !readOnly
  const waitingForSystem = connect !== null && connect.from !== null
  const colorsOf = (path: string) => (remote.get(path) ?? []).map((p) => p.color)
  const pick = {
    connecting: interactive && connect !== null,
    source: connect?.from ?? null,
    onPick: props.onPickSource,
  }
  // Ties from the centre are drawn under its circle; ties from a member over it, so they start at the member.
  const renderTies = (ties: TieView[]) =>
    ties.map((tie) => {
      const ends = endsOf(tie)
      if (!ends) return null
      return (
        <g key={tie.id} data-tie-id={tie.id}>
          <TieLine
            ends={ends}
            strength={tie.strength}
            stressful={tie.stressful}
            flow={tie.flow}
            selected={selection?.kind === 'tie' && selection.id === tie.id}
            colors={colorsOf(itemPath('tie', tie.id))}
            label={props.tieName(tie)}
            onTap={interactive && !connect ? () => props.onSelect({ kind: 'tie', id: tie.id }) : undefined}
          />
        </g>
      )
    })

  return (
    <svg
      ref={svg}
      className={props.compact ? 'ecomap-svg ecomap-svg-compact' : 'ecomap-svg'}
      viewBox={`0 0 ${VIEW_BOX.width} ${props.compact ? ECOMAP_CANVAS.height : VIEW_BOX.height}`}
      role="group"
      aria-label={t('drawingLabel', {
        centre: snapshot.centreLabel || t('centre'),
        systems: snapshot.systems.length,
        ties: snapshot.ties.length,
      })}
      fontFamily={FONT}
    >
      {/* Pressing the background deselects. Not a click: after a captured drag a click may land here. */}
      <rect
        x={0}
        y={0}
        width={VIEW_BOX.width}
        height={VIEW_BOX.height}
        fill="#ffffff"
        onPointerDown={() => interactive && props.onSelect(null)}
      />
      {renderTies(snapshot.ties.filter((tie) => tie.from === ECOMAP_CENTRE))}
      <CentreCircle label={snapshot.centreLabel} hasMembers={snapshot.members.length > 0} t={t} {...pick} />
      {renderTies(snapshot.ties.filter((tie) => tie.from !== ECOMAP_CENTRE))}
      <MemberNodes members={snapshot.members} at={memberAt} t={t} {...pick} />
      {snapshot.systems.map((system) => (
        <SystemNode
          key={system.id}
          system={system}
          at={systemAt.get(system.id) ?? system}
          lang={lang}
          t={t}
          svg={svg}
          selected={selection?.kind === 'system' && selection.id === system.id}
          target={waitingForSystem}
          interactive={interactive}
          people={remote.get(itemPath('system', system.id)) ?? []}
          onTap={(id) => (connect ? props.onPickSystem(id) : props.onSelect({ kind: 'system', id }))}
          onPreview={(id, at) => setDragging(at ? { id, at } : null)}
          onWrite={(_id, at) => moveSystem(system.item, at)}
        />
      ))}
      <Legend t={t} dateText={props.dateText} />
    </svg>
  )
}

/**
 * A finger on a system drags it instead of scrolling the page. `touch-action: none` is not honoured on SVG child
 * elements (Chromium cancels the pointer to pan), so touchstart on a system is cancelled by a non-passive listener
 * (React's own touch listeners are passive). Elsewhere on the drawing the page still scrolls and zooms.
 */
function useNoScrollOnSystems(svg: React.RefObject<SVGSVGElement | null>, enabled: boolean) {
  useEffect(() => {
    const el = svg.current
    if (!el || !enabled) return
    const onTouchStart = (e: TouchEvent) => {
      if (e.target instanceof Element && e.target.closest('[data-system-id]')) e.preventDefault()
    }
    el.addEventListener('touchstart', onTouchStart, { passive: false })
    return () => el.removeEventListener('touchstart', onTouchStart)
  }, [svg, enabled])
}
