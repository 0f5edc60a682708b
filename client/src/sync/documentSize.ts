import * as Y from 'yjs'

/** Re-measure the document exactly at most this often (ms), and only when it changed. */
const MEASURE_EVERY_MS = 1_000
/** What one insert costs in the Yjs state beyond its UTF-8 text (ids, origins, lengths): generous. */
const INSERT_OVERHEAD_BYTES = 64

/** What adding one collection or ecomap item may add to the document (its fields' structure), generously. */
export const NEW_ITEM_BYTES = 1024

const encoder = new TextEncoder()

/** The UTF-8 size of a text, as Yjs stores it. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).byteLength
}

/**
 * Keeps one workspace document under its soft size limit (`documentSoftLimitBytes` of the workspace). The size is
 * estimated cheaply and from above: the exact encoded state, measured at most once a second while the document
 * changes and only when the estimate comes near the limit, plus every update since. Local inserts that would take it
 * past the limit are refused (the caller asks `allows` first); removals always go through. Listeners hear of each
 * refusal, to tell the user.
 */
export class DocumentSizeGuard {
  private measured = 0
  private since = 0
  private measuredAt = Number.NEGATIVE_INFINITY
  private readonly refusedListeners = new Set<() => void>()
  private readonly onUpdate = (update: Uint8Array) => {
    this.since += update.byteLength
  }

  constructor(
    readonly doc: Y.Doc,
    readonly softLimitBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.measure()
    doc.on('update', this.onUpdate)
  }

  /** An upper bound of the document's encoded size now. */
  size(): number {
    return this.measured + this.since
  }

  /** Whether inserting `bytes` more (UTF-8 text, or an item's worth) keeps the document within the soft limit. */
  allows(bytes: number): boolean {
    const adds = bytes + INSERT_OVERHEAD_BYTES
    if (this.size() + adds <= this.softLimitBytes) return true
    // Near the limit: the estimate may have drifted above the truth; measure again when that is due.
    if (this.since > 0 && this.now() - this.measuredAt >= MEASURE_EVERY_MS) this.measure()
    return this.size() + adds <= this.softLimitBytes
  }

  /** Tell the listeners an insert was refused. */
  refused(): void {
    for (const listener of [...this.refusedListeners]) listener()
  }

  /** Listen to refusals; returns the unsubscribe function. */
  onRefused(listener: () => void): () => void {
    this.refusedListeners.add(listener)
    return () => this.refusedListeners.delete(listener)
  }

  /** Stop following the document. */
  destroy(): void {
    this.doc.off('update', this.onUpdate)
    this.refusedListeners.clear()
  }

  private measure(): void {
    this.measured = Y.encodeStateAsUpdate(this.doc).byteLength
    this.since = 0
    this.measuredAt = this.now()
  }
}

const guards = new WeakMap<Y.Doc, DocumentSizeGuard>()

/** Keep `doc` under `softLimitBytes` from now on; returns its guard and the function that stops it. */
export function guardDocumentSize(
  doc: Y.Doc,
  softLimitBytes: number,
): { guard: DocumentSizeGuard; stop: () => void } {
  guards.get(doc)?.destroy()
  const guard = new DocumentSizeGuard(doc, softLimitBytes)
  guards.set(doc, guard)
  const stop = () => {
    guard.destroy()
    if (guards.get(doc) === guard) guards.delete(doc)
  }
  return { guard, stop }
}

/** The guard of a document, if it has one (none: no limit known, nothing refused). */
export function sizeGuardOf(doc: Y.Doc | null | undefined): DocumentSizeGuard | undefined {
  return doc ? guards.get(doc) : undefined
}

/**
 * Whether a local insert of `bytes` may go into `doc`; when it may not, the user is told (through the guard's
 * listeners) and the caller drops the insert.
 */
export function documentAllows(doc: Y.Doc | null | undefined, bytes: number): boolean {
  const guard = sizeGuardOf(doc)
  if (!guard || guard.allows(bytes)) return true
  guard.refused()
  return false
}
