/**
 * Who sent an applied update, from its transaction origin: the server's document connections (and history
 * restores) carry the authenticated member's `userId`; anything else (loading, structure) has none.
 */
export function senderOf(origin: unknown): string | null {
  if (typeof origin !== 'object' || origin === null || !('userId' in origin)) return null
  return typeof origin.userId === 'string' ? origin.userId : null
}
