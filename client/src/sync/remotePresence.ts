import * as decoding from 'lib0/decoding'
import { applyAwarenessUpdate } from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'
import { rewriteAwarenessUpdate } from '../../../cases/contracts/awarenessEntries'
import { sanitizePresenceState } from '../../../cases/contracts/presence'
import { MessageType } from '../../../cases/contracts/yjsMessages'

/** A teammate's state with only the presence fields the app uses, each valid; undefined drops the entry. */
function sanitizeRemoteState(json: string): string | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return undefined
  }
  if (parsed === null) return 'null'
  const state = sanitizePresenceState(parsed)
  return state === null ? undefined : JSON.stringify(state)
}

/**
 * Sanitise every awareness update the provider receives before it reaches the awareness. Everything that
 * shows teammates reads the awareness — y-codemirror.next's remote carets and selections (which write
 * `user.color` / `user.colorLight` into style attributes), the presence bar, the ecomap — so no remote
 * value reaches them unchecked, whatever the server relays. A malformed update is ignored.
 */
export function sanitizeIncomingPresence(provider: WebsocketProvider): void {
  provider.messageHandlers[MessageType.AWARENESS] = (_encoder, decoder, from) => {
    let update: Uint8Array | null
    try {
      update = rewriteAwarenessUpdate(decoding.readVarUint8Array(decoder), ({ state }) =>
        sanitizeRemoteState(state),
      )
    } catch {
      return
    }
    if (update) applyAwarenessUpdate(from.awareness, update, from)
  }
}
