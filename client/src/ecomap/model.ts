import * as Y from 'yjs'
import { ORDER_KEY } from '../../../cases/ydoc/collections'
import { drawable, readSystem, readTie, type SystemFields, type TieFields } from './itemFields'

/** The template id and the top-level map of the ecomap in the workspace document. */
export const ECOMAP_ID = 'ecomap'

/** A system as the editor draws it; `item` is its live Y.Map for editing. */
export interface SystemView extends SystemFields {
  item: Y.Map<unknown>
}

/** A member of the centre. */
export interface MemberView {
  id: string
  name: string
  item: Y.Map<unknown>
}

/** A tie between the centre (or a member) and a system. */
export interface TieView extends TieFields {
  item: Y.Map<unknown>
}

/** Everything the drawing and the lists show, read from the document at one moment. */
export interface EcomapSnapshot {
  centreLabel: string
  mapDate: string | null
  members: MemberView[]
  systems: SystemView[]
  /** Only ties whose ends both exist: a tie to a system removed meanwhile is dangling and hidden. */
  ties: TieView[]
  /** Ties left pointing at a removed system or member (hidden; the list offers to delete them). */
  danglingTieIds: string[]
  /** The collection maps, once the server's structure has arrived (null before the first sync). */
  systemsMap: Y.Map<unknown> | null
  tiesMap: Y.Map<unknown> | null
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const value = parent.get(key)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null
}

/** A collection's item maps in the export's order: by the hidden `order`, then by id. */
export function orderedItems(map: Y.Map<unknown> | null): [string, Y.Map<unknown>][] {
  const items: [string, Y.Map<unknown>][] = []
  for (const [id, item] of map?.entries() ?? []) if (item instanceof Y.Map) items.push([id, item])
  const order = (item: Y.Map<unknown>) => {
    const o = item.get(ORDER_KEY)
    return typeof o === 'number' && Number.isFinite(o) ? o : Number.MAX_SAFE_INTEGER
  }
  return items.sort(([a, x], [b, y]) => order(x) - order(y) || (a < b ? -1 : a > b ? 1 : 0))
}

/** Read the ecomap's centre, members, systems and (non-dangling) ties from the document. */
export function readSnapshot(doc: Y.Doc): EcomapSnapshot {
  // Reading a top-level map creates nothing in the shared document; the server made its content.
  const root = doc.getMap<unknown>(ECOMAP_ID)
  const centre = childMap(root, 'centre')
  const systemsMap = childMap(root, 'systems')
  const tiesMap = childMap(root, 'ties')
  const members = orderedItems(childMap(root, 'members')).map(([id, item]) => ({
    id,
    name: str(item.get('name')),
    item,
  }))
  const systems = orderedItems(systemsMap).map(([id, item]) => ({
    ...readSystem(id, (key) => item.get(key)),
    item,
  }))
  const allTies = orderedItems(tiesMap).map(([id, item]) => ({
    ...readTie(id, (key) => item.get(key)),
    item,
  }))
  const isDrawable = drawable(members, systems)
  const ties = allTies.filter(isDrawable)
  const danglingTieIds = allTies.filter((tie) => !isDrawable(tie)).map((tie) => tie.id)
  const date = centre?.get('mapDate')
  return {
    centreLabel: str(centre?.get('label')),
    mapDate: typeof date === 'string' && date ? date : null,
    members,
    systems,
    ties,
    danglingTieIds,
    systemsMap,
    tiesMap,
  }
}
