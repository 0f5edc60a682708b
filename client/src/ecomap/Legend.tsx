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

/** The legend's samples, in two columns. */
export const COLUMNS: SampleDef[][] = [
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

/**
 * The same legend as a list under the drawing, for phones: drawn inside the scaled-down map its text would be
 * 8 px or less. The map then leaves out its own legend strip (the exported drawing keeps it).
 */
export function LegendList({ t, dateText }: { t: EcomapT; dateText: string }) {
  return (
    <div className="ecomap-legend-list" data-testid="ecomap-legend-list">
      <p>
        <strong>{t('legendTitle')}</strong> · {dateText}
      </p>
      <ul>
        {COLUMNS.flat().map((sample) => (
          <li key={sample.caption}>
            <svg viewBox="0 -20 170 40" width={56} height={14} aria-hidden="true" focusable="false">
              <TieLine
                ends={{ source: { x: 5, y: 0 }, sourceRadius: 0, system: { x: 165, y: 0 }, systemRadius: 0 }}
                strength={sample.strength}
                stressful={sample.stressful === true}
                flow={sample.flow ?? 'none'}
              />
            </svg>{' '}
            {t(sample.caption)}
          </li>
        ))}
      </ul>
    </div>
  )
}
