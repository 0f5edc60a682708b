import * as Y from 'yjs'
import { ECOMAP_CENTRE } from '../templates/ecomapOptions'
import type { CollectionItemJson } from './read'

function section(doc: Y.Doc, key: 'members' | 'systems' | 'ties'): Y.Map<unknown> | undefined {
  const map = doc.getMap<unknown>('ecomap').get(key)
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : undefined
}

/** Delete an item of `key` and every tie whose `end` names it, in one transaction. */
function removeWithTies(
  doc: Y.Doc,
  key: 'members' | 'systems',
  id: string,
  end: 'from' | 'to',
  origin?: unknown,
): boolean {
  const items = section(doc, key)
  if (!items?.has(id)) return false
  doc.transact(() => {
    items.delete(id)
    const ties = section(doc, 'ties')
    for (const [tieId, tie] of [...(ties?.entries() ?? [])]) {
      if (tie instanceof Y.Map && tie.get(end) === id) ties?.delete(tieId)
    }
  }, origin)
  return true
}

/**
 * Remove an ecomap system and the ties drawn to it. A tie someone draws to it at the same moment on another device
 * survives, dangling: `isDanglingTie` tells editors to hide it (and offer to delete it).
 */
export function removeEcomapSystem(doc: Y.Doc, systemId: string, origin?: unknown): boolean {
  return removeWithTies(doc, 'systems', systemId, 'to', origin)
}

/** Remove a member of the ecomap's centre and the ties drawn from that member. */
export function removeEcomapMember(doc: Y.Doc, memberId: string, origin?: unknown): boolean {
  return removeWithTies(doc, 'members', memberId, 'from', origin)
}

/** Whether an exported tie points at no existing system, or starts from neither the centre nor an existing member. */
export function isDanglingTie(
  tie: CollectionItemJson,
  systemIds: ReadonlySet<string>,
  memberIds: ReadonlySet<string>,
): boolean {
  const from = tie.from
  const fromOk = from === ECOMAP_CENTRE || (typeof from === 'string' && memberIds.has(from))
  return !fromOk || typeof tie.to !== 'string' || !systemIds.has(tie.to)
}
