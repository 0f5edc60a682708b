import { ECOMAP_CANVAS } from '../../../cases/templates/ecomapOptions'
import type { EcomapKey, EcomapT } from './i18n'
import { FONT, INK, MUTED } from './palette'
import { TieLine } from './TieLine'

const TOP = ECOMAP_CANVAS.height

interface SampleDef {
  caption: EcomapKey
  strength: string
  stressful?: boolean
  flow?: string
}

const COLUMNS: SampleDef[][] = [
  [
    { caption: 'legendStrong', strength: 'strong' },
    { caption: 'legendModerate', strength: 'moderate' },
    { caption: 'legendTenuous', strength: 'tenuous' },
  ],
  [
    { caption: 'legendStressful', strength: 'moderate', stressful: true },
    { caption: 'legendFlowFrom', strength: 'moderate', flow: 'fromCentre' },
    { caption: 'legendFlowTo', strength: 'moderate', flow: 'toCentre' },
    { caption: 'legendFlowBoth', strength: 'moderate', flow: 'both' },
  ],
]

/** The notation explained under the map (part of the exported drawing), with the map's date. */
export function Legend({ t, dateText }: { t: EcomapT; dateText: string }) {
  return (
    <g data-legend="">
      <line x1={20} y1={TOP + 4} x2={980} y2={TOP + 4} stroke={MUTED} strokeWidth={1.5} />
      <text x={30} y={TOP + 44} fontFamily={FONT} fontSize={26} fontWeight={700} fill={INK}>
        {t('legendTitle')}
      </text>
      <text x={970} y={TOP + 44} textAnchor="end" fontFamily={FONT} fontSize={24} fill={INK} data-map-date="">
        {dateText}
      </text>
      {COLUMNS.map((column, c) =>
        column.map((sample, r) => {
          const x = c === 0 ? 30 : 420
          const y = TOP + 90 + r * 50
          return (
            <g key={sample.caption}>
              <TieLine
                ends={{ source: { x, y }, sourceRadius: 0, system: { x: x + 150, y }, systemRadius: 0 }}
                strength={sample.strength}
                stressful={sample.stressful === true}
                flow={sample.flow ?? 'none'}
              />
              <text x={x + 170} y={y + 8} fontFamily={FONT} fontSize={24} fill={INK}>
                {t(sample.caption)}
              </text>
            </g>
          )
        }),
      )}
    </g>
  )
}
