import { rewriteAwarenessUpdate } from '../../../cases/contracts/awarenessEntries'
import { MAX_PRESENCE_STATE_CHARS, sanitizePresenceState } from '../../../cases/contracts/presence'

/** Largest awareness state (its JSON) a client may publish; larger entries are dropped. */
export const MAX_AWARENESS_STATE_CHARS = MAX_PRESENCE_STATE_CHARS

/** Who is behind a connection, as the server knows them: stamped into every presence it relays. */
export interface PresenceIdentity {
  id: string
  name: string
  role: 'lecturer' | 'student'
}

/** Keep only the presence fields the app uses and stamp who it is. Returns undefined to drop the entry. */
function stamp(json: string, identity: PresenceIdentity): string | undefined {
  const parsed: unknown = JSON.parse(json)
  if (parsed === null) return 'null'
  const state = sanitizePresenceState(parsed)
  if (state === null) return undefined
  return JSON.stringify({
    ...state,
    user: { ...state.user, id: identity.id, name: identity.name, role: identity.role },
  })
}

/**
 * Sanitise an awareness update from a client: keep only entries for client ids `mayPublish` accepts, drop
 * oversized or non-object states, keep only the presence fields the app uses (colours `#rrggbb[aa]`, the
 * field, the editor's cursor; see cases/contracts/presence.ts) and set `user.id` / `user.name` /
 * `user.role` from the server's knowledge. Returns the re-encoded update, or null when nothing is left.
 * Throws on a malformed update or a state that is not JSON.
 */
export function sanitizeAwarenessUpdate(
  update: Uint8Array,
  mayPublish: (clientId: number) => boolean,
  identity: PresenceIdentity,
): Uint8Array | null {
  return rewriteAwarenessUpdate(update, ({ clientId, state }) =>
    state.length > MAX_AWARENESS_STATE_CHARS || !mayPublish(clientId) ? undefined : stamp(state, identity),
  )
}
