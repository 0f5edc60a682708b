import { ECOMAP_CANVAS, ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { CENTRE_RADIUS, MEMBER_RADIUS, SYSTEM_RADIUS, type Point } from './geometry'
import type { TieEnds } from './TieLine'

/**
 * Where a map's ties are drawn: from the centre's or a member's circle to the system's. Gives a function from a tie
 * to its ends, null when either end is not drawn.
 */
export function tieEndsOf(
  members: readonly { id: string }[],
  memberAt: readonly Point[],
  systemAt: ReadonlyMap<string, Point>,
): (tie: { from: string; to: string }) => TieEnds | null {
  const sources = new Map<string, { at: Point; r: number }>([
    [ECOMAP_CENTRE, { at: ECOMAP_CANVAS.centre, r: CENTRE_RADIUS }],
  ])
  members.forEach((m, i) => {
    const at = memberAt[i]
    if (at) sources.set(m.id, { at, r: MEMBER_RADIUS })
  })
  return (tie) => {
    const source = sources.get(tie.from)
    const system = systemAt.get(tie.to)
    return source && system
      ? { source: source.at, sourceRadius: source.r, system, systemRadius: SYSTEM_RADIUS }
      : null
  }
}
