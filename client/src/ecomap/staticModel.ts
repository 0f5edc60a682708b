import { drawable, readSystem, readTie, type SystemFields, type TieFields } from './itemFields'

/** A system read from export JSON (no live Y.Map behind it). */
export type StaticSystem = SystemFields

/** A tie read from export JSON. */
export type StaticTie = TieFields

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
  const systems = items(root.systems).map((s) => readSystem(str(s.id), (key) => s[key]))
  const ties = items(root.ties)
    .map((t) => readTie(str(t.id), (key) => t[key]))
    .filter(drawable(members, systems))
  const date = str(centre.mapDate)
  return { centreLabel: str(centre.label), mapDate: date || null, members, systems, ties }
}
