import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** Largest awareness state (its JSON) a client may publish; larger entries are dropped. */
export const MAX_AWARENESS_STATE_CHARS = 2048

/** Who is behind a connection, as the server knows them: stamped into every presence it relays. */
export interface PresenceIdentity {
  id: string
  name: string
  role: 'lecturer' | 'student'
}

interface Entry {
  clientId: number
  clock: number
  state: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Replace whatever the client claims about itself with who it is. Returns null to drop the entry. */
function stamp(json: string, identity: PresenceIdentity): string | null {
  const state: unknown = JSON.parse(json)
  if (state === null) return 'null'
  if (!isRecord(state)) return null
  const claimed = isRecord(state.user) ? state.user : {}
  return JSON.stringify({
    ...state,
    user: { ...claimed, id: identity.id, name: identity.name, role: identity.role },
  })
}

/**
 * Sanitise an awareness update from a client: keep only entries for client ids `mayPublish` accepts, drop
 * oversized or non-object states, and overwrite `user.id` / `user.name` / `user.role` with the server's
 * knowledge. Returns the re-encoded update, or null when nothing is left. Throws on a malformed update.
 */
export function sanitizeAwarenessUpdate(
  update: Uint8Array,
  mayPublish: (clientId: number) => boolean,
  identity: PresenceIdentity,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const kept: Entry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    if (json.length > MAX_AWARENESS_STATE_CHARS || !mayPublish(clientId)) continue
    const state = stamp(json, identity)
    if (state !== null) kept.push({ clientId, clock, state })
  }
  if (kept.length === 0) return null
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, kept.length)
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}
