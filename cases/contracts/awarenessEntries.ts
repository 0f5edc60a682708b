import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** One entry of a y-protocols awareness update: a client's state as JSON (`"null"`: removed). */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/**
 * Rewrite the entries of an encoded awareness update (`encodeAwarenessUpdate`'s format): `rewrite` returns
 * the entry's new state JSON, or undefined to drop the entry. Returns the re-encoded update, or null when no
 * entry is left. Throws on a malformed update (and whatever `rewrite` throws).
 */
export function rewriteAwarenessUpdate(
  update: Uint8Array,
  rewrite: (entry: AwarenessEntry) => string | undefined,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const kept: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state = rewrite({ clientId, clock, state: decoding.readVarString(decoder) })
    if (state !== undefined) kept.push({ clientId, clock, state })
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
