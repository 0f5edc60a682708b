import * as Y from 'yjs'
import { connectionOf } from './origin'

/** An update applied to a room's document, and the transaction origin it was applied with. */
export interface AppliedUpdate {
  update: Uint8Array
  /** The connection that sent it, or the server's own origin (a history restore, a structure upgrade). */
  origin: unknown
}

/** Updates that have just become durable together, in the order they were applied. */
export class DurableBatch {
  private all: Uint8Array | null = null

  constructor(
    readonly updates: readonly AppliedUpdate[],
    /** State vector of everything durable once this batch is. */
    readonly stateVector: Uint8Array,
  ) {}

  /**
   * One update holding every update of the batch except those applied with `origin` (a connection is not sent
   * its own updates back); null when nothing is left. The common case, a connection with no update in the
   * batch, is merged once and shared by every such connection.
   */
  updateExcluding(origin: unknown): Uint8Array | null {
    const others = this.updates.some((u) => connectionOf(u.origin) === origin)
      ? this.updates.filter((u) => connectionOf(u.origin) !== origin)
      : null
    if (others === null) return (this.all ??= merge(this.updates))
    return others.length === 0 ? null : merge(others)
  }
}

function merge(updates: readonly AppliedUpdate[]): Uint8Array {
  return updates.length === 1 ? updates[0]!.update : Y.mergeUpdates(updates.map((u) => u.update))
}
