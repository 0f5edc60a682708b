import { ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'
import { systemPoint, type Point } from './geometry'

/** A system read from export JSON (no live Y.Map behind it). */
export interface StaticSystem extends Point {
  id: string
  label: string
  category: string | null
}

/** A tie read from export JSON. */
export interface StaticTie {
  id: string
  from: string
  to: string
  strength: unknown
  stressful: unknown
  flow: unknown
}

/** The ecomap as the static drawing needs it, read from `templates.ecomap` of an export or stored version. */
export interface StaticEcomap {
  centreLabel: string
  mapDate: string | null
  members: { id: string; name: string }[]
  systems: StaticSystem[]
  /** Only ties whose ends both exist (as the editor draws them). */
  ties: StaticTie[]
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const items = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : [])

/** Read the ecomap template's export JSON (`{centre, members, systems, ties}`), tolerating anything missing. */
export function readStaticEcomap(value: unknown): StaticEcomap {
  const root = record(value)
  const centre = record(root.centre)
  const members = items(root.members).map((m) => ({ id: str(m.id), name: str(m.name) }))
  const systems = items(root.systems).map((s) => ({
    id: str(s.id),
    label: str(s.label),
    category: typeof s.category === 'string' ? s.category : null,
    ...systemPoint(s.x, s.y),
  }))
  const systemIds = new Set(systems.map((s) => s.id))
  const sources = new Set([ECOMAP_CENTRE, ...members.map((m) => m.id)])
  const ties = items(root.ties)
    .map((t) => ({
      id: str(t.id),
      from: str(t.from),
      to: str(t.to),
      strength: t.strength,
      stressful: t.stressful,
      flow: t.flow,
    }))
    .filter((t) => sources.has(t.from) && systemIds.has(t.to))
  const date = str(centre.mapDate)
  return { centreLabel: str(centre.label), mapDate: date || null, members, systems, ties }
}
