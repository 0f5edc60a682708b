import * as Y from 'yjs'

/** The outcome of checking a client's document update before applying it. */
export type UpdateCheck =
  | { ok: true; clients: number[] }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'impersonation'; clientId: number }

/**
 * Check an update before it touches the document: it must decode completely (y-protocols would otherwise
 * swallow a failed apply), and every struct in it must be written under a Yjs client id that is unbound or
 * bound to this member. Deletions may name anyone's content: deleting a teammate's text is ordinary editing.
 */
export function checkUpdate(
  update: Uint8Array,
  memberId: string,
  ownerOf: (clientId: number) => string | undefined,
): UpdateCheck {
  let clients: number[]
  try {
    Y.decodeUpdate(update)
    clients = [...Y.parseUpdateMeta(update).from.keys()]
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  for (const clientId of clients) {
    const owner = ownerOf(clientId)
    if (owner !== undefined && owner !== memberId) return { ok: false, reason: 'impersonation', clientId }
  }
  return { ok: true, clients }
}
