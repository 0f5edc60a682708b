/**
 * Who sent an applied update, from its transaction origin: the server's document connections (and history
 * restores) carry the authenticated member's `userId`; anything else (loading, structure) has none.
 */
export function senderOf(origin: unknown): string | null {
  if (typeof origin !== 'object' || origin === null || !('userId' in origin)) return null
  return typeof origin.userId === 'string' ? origin.userId : null
}

/**
 * The origin of content a connection re-sent after a restore from a backup under another member's client id
 * (see docs/realtime.md, "After a restore from a backup"): applied for that connection, credited to nobody.
 */
export class RecoveredOrigin {
  constructor(readonly connection: unknown) {}
}

/** The connection an update came from, whether its own or recovered content. */
export function connectionOf(origin: unknown): unknown {
  return origin instanceof RecoveredOrigin ? origin.connection : origin
}
