import { ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { systemPoint, type Point } from './geometry'

/** A system's own fields, read from the live document or from export JSON. */
export interface SystemFields extends Point {
  id: string
  label: string
  category: string | null
}

/** A tie's own fields, read from the live document or from export JSON. */
export interface TieFields {
  id: string
  from: string
  to: string
  strength: unknown
  stressful: unknown
  flow: unknown
}

/** Reads one value of an item by its key (a Y.Map's `get`, or a plain object's property). */
type Get = (key: string) => unknown

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** A system's fields, tolerating anything missing or malformed (the position is kept on the canvas). */
export function readSystem(id: string, get: Get): SystemFields {
  const category = get('category')
  return {
    id,
    label: str(get('label')),
    category: typeof category === 'string' ? category : null,
    ...systemPoint(get('x'), get('y')),
  }
}

/** A tie's fields; the notation values stay as they are (tieStyle reads them). */
export function readTie(id: string, get: Get): TieFields {
  return {
    id,
    from: str(get('from')),
    to: str(get('to')),
    strength: get('strength'),
    stressful: get('stressful'),
    flow: get('flow'),
  }
}

/** Whether a tie can be drawn: it starts at the centre or one of these members and ends at one of these systems. */
export function drawable(members: readonly { id: string }[], systems: readonly { id: string }[]) {
  const sources = new Set([ECOMAP_CENTRE, ...members.map((m) => m.id)])
  const systemIds = new Set(systems.map((s) => s.id))
  return (tie: { from: string; to: string }) => sources.has(tie.from) && systemIds.has(tie.to)
}
