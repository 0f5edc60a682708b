/** A tie's strength as stored (null or anything unknown is drawn as moderate). */
export type Strength = 'strong' | 'moderate' | 'tenuous'
/** Which way energy or resources flow along a tie. */
export type Flow = 'toCentre' | 'fromCentre' | 'both' | 'none'

/** How one tie is drawn in Hartman's ecomap notation. */
export interface TieStyle {
  strokeWidth: number
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null
  /** Cross-marks along the line. */
  hatched: boolean
  /** An arrowhead at the system's end (flow from the centre) and/or at the centre's end (flow to the centre). */
  arrowAtSystem: boolean
  arrowAtCentre: boolean
}

/** The stored strength, defaulting to moderate. */
export function strengthOf(value: unknown): Strength {
  return value === 'strong' || value === 'tenuous' ? value : 'moderate'
}

/** The stored flow, defaulting to none. */
export function flowOf(value: unknown): Flow {
  return value === 'toCentre' || value === 'fromCentre' || value === 'both' ? value : 'none'
}

/**
 * Hartman's notation: solid lines for strong and moderate ties, thicker for stronger; a dashed line for a tenuous
 * tie; hatching for a stressful one, whatever its strength; arrowheads for the flow.
 */
export function tieStyle(strength: unknown, stressful: unknown, flow: unknown): TieStyle {
  const s = strengthOf(strength)
  const f = flowOf(flow)
  return {
    strokeWidth: s === 'strong' ? 10 : s === 'moderate' ? 5 : 4,
    dash: s === 'tenuous' ? '16 12' : null,
    hatched: stressful === true,
    arrowAtSystem: f === 'fromCentre' || f === 'both',
    arrowAtCentre: f === 'toCentre' || f === 'both',
  }
}

/** The size of an arrowhead on a line of this width (big enough to see on a thin line, not swamped on a thick one). */
export function arrowSize(strokeWidth: number): number {
  return 22 + strokeWidth * 1.6
}
