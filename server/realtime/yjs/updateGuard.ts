import * as Y from 'yjs'

/** The outcome of checking a client's document update before applying it. */
export type UpdateCheck =
  { ok: true; clients: number[]; foreign: number[] } | { ok: false; reason: 'malformed' }

/**
 * Check an update before it touches the document: it must decode completely (y-protocols would otherwise
 * swallow a failed apply), and every Yjs client id under which it writes content the document does not have
 * yet must be unbound or bound to this member. Content the document already has may be re-sent by anyone
 * (a client restoring its local copy sends everything it holds, teammates' text included), and deletions may
 * name anyone's content: deleting a teammate's sentence is ordinary editing.
 * `clients` are the unbound ids the update writes new content under: bind them once it is applied. `foreign`
 * are ids bound to another member that it writes new content under: the caller refuses the update, except
 * while merging devices' work after a restore from a backup.
 */
export function checkUpdate(
  update: Uint8Array,
  memberId: string,
  doc: Y.Doc,
  ownerOf: (clientId: number) => string | undefined,
): UpdateCheck {
  let meta: { from: Map<number, number>; to: Map<number, number> }
  try {
    Y.decodeUpdate(update)
    meta = Y.parseUpdateMeta(update)
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  const clients: number[] = []
  const foreign: number[] = []
  for (const [clientId, end] of meta.to) {
    if (end <= Y.getState(doc.store, clientId)) continue
    const owner = ownerOf(clientId)
    if (owner === undefined) clients.push(clientId)
    else if (owner !== memberId) foreign.push(clientId)
  }
  return { ok: true, clients, foreign }
}
