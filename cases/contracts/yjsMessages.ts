import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** y-websocket's own message types (0–3); ours start well above them. */
export const MessageType = {
  SYNC: 0,
  AWARENESS: 1,
  AUTH: 2,
  QUERY_AWARENESS: 3,
  /**
   * Durable-save acknowledgement, sent only to connections opened with `?ack=1`:
   * varUint(100) · varUint8Array(state vector of what is durably stored).
   */
  SAVED: 100,
} as const

/** Query parameter that opts a connection in to SAVED messages. */
export const ACK_PARAM = 'ack'

/** Encode a SAVED message carrying the stored state vector (as from `Y.encodeStateVector`). */
export function encodeSavedMessage(storedStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.SAVED)
  encoding.writeVarUint8Array(encoder, storedStateVector)
  return encoding.toUint8Array(encoder)
}

/** Read the state vector out of a SAVED message's body (after the type has been read). */
export function readSavedMessage(decoder: decoding.Decoder): Uint8Array {
  return decoding.readVarUint8Array(decoder)
}

/** Decode an encoded state vector into client id → clock. */
export function decodeStateVectorMap(sv: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(sv)
  const entries = decoding.readVarUint(decoder)
  const map = new Map<number, number>()
  for (let i = 0; i < entries; i++) {
    const client = decoding.readVarUint(decoder)
    map.set(client, decoding.readVarUint(decoder))
  }
  return map
}

/** True when everything in `local` is also in `stored` (both as client id → clock). */
export function isCoveredBy(local: Map<number, number>, stored: Map<number, number>): boolean {
  for (const [client, clock] of local) {
    if ((stored.get(client) ?? 0) < clock) return false
  }
  return true
}
