import type { Lang } from '../../../cases/i18n/bilingual'
import { ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { CentreCircle, MemberNodes } from './CentreNode'
import { categoryLabel } from './definition'
import { VIEW_BOX, memberPoints } from './geometry'
import { registerEcomapI18n, useEcomapT } from './i18n'
import { Legend } from './Legend'
import { FONT } from './palette'
import { readStaticEcomap } from './staticModel'
import { SystemFace } from './SystemFace'
import { tieEndsOf } from './tieEnds'
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
  const systemAt = new Map(map.systems.map((s) => [s.id, { x: s.x, y: s.y }]))
  const endsOf = tieEndsOf(map.members, memberAt, systemAt)
  const ties = (fromCentre: boolean) =>
    map.ties
      .filter((tie) => (tie.from === ECOMAP_CENTRE) === fromCentre)
      .map((tie) => {
        const ends = endsOf(tie)
        if (!ends) return null
        return (
          <g key={tie.id} data-tie-id={tie.id}>
            <TieLine ends={ends} strength={tie.strength} stressful={tie.stressful} flow={tie.flow} />
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
        <g key={s.id} data-system-id={s.id}>
          <SystemFace
            at={s}
            label={s.label || t('unnamedSystem')}
            category={categoryLabel(s.category, lang)}
          />
        </g>
      ))}
      <Legend t={t} dateText={dateText} />
    </svg>
  )
}
