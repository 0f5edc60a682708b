import type { ActivityFigures } from './figures'

/**
 * One ecomap or field edit (a choice ticked, a system placed or moved, a tie drawn) weighs as much as this many
 * typed characters: roughly a word or two, so a member who mostly draws the ecomap is not counted as idle.
 */
export const EDIT_WEIGHT_CHARS = 10

/**
 * One comment thread started or reply written weighs as much as this many typed characters: a comment is short
 * but carries a reading of the text and a suggestion, so a member who mostly comments is not counted as idle.
 */
export const COMMENT_WEIGHT_CHARS = 100

/**
 * One update (one message the server applied) counts at most this many characters added, and as many removed:
 * typing arrives a few characters per update, so a paste of a whole page counts as a few sentences, not in full.
 */
export const PASTE_CAP_CHARS = 200

/**
 * Characters of others' text removed (`charsRemovedCounted`: condensing or editing a teammate's draft) weigh this
 * much each: modestly, since deleting is quicker than writing, yet tightening a teammate's draft is real work.
 */
export const REMOVED_WEIGHT = 0.25

/** What `contributionWeight` reads of a member (`comments` and the capped counters may be absent). */
export type WeightInput = Pick<ActivityFigures, 'charsAdded' | 'ecomapEdits' | 'fieldEdits'> &
  Partial<Pick<ActivityFigures, 'charsRemoved' | 'charsCounted' | 'charsRemovedCounted'>> & {
    comments?: number
  }

/**
 * How much a member contributed, in typed-character units:
 * `charsCounted + REMOVED_WEIGHT·charsRemovedCounted + EDIT_WEIGHT_CHARS·(ecomapEdits + fieldEdits)
 * + COMMENT_WEIGHT_CHARS·comments`. Counters stored before the capped counts existed fall back to
 * `charsAdded` / `charsRemoved`.
 */
export function contributionWeight(figures: WeightInput): number {
  const added = figures.charsCounted ?? figures.charsAdded
  const removed = figures.charsRemovedCounted ?? figures.charsRemoved ?? 0
  return (
    added +
    REMOVED_WEIGHT * removed +
    EDIT_WEIGHT_CHARS * (figures.ecomapEdits + figures.fieldEdits) +
    COMMENT_WEIGHT_CHARS * (figures.comments ?? 0)
  )
}

/** Each weight divided by their sum; all zero when the sum is zero. */
export function toShares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0)
  return weights.map((w) => (total > 0 ? Math.max(0, w) / total : 0))
}

/**
 * The team's balance: the normalised Shannon entropy of the members' shares,
 * `B = −Σ pᵢ·ln pᵢ / ln n` over the n members (terms with pᵢ = 0 add nothing).
 * 1 when every member has the same share, 0 when one member has everything; e.g. shares 0.5/0.3/0.2 give 0.94,
 * 0.8/0.1/0.1 give 0.58. `shares` may be any non-negative weights (they are normalised first).
 * null when nobody has contributed anything yet; 1 for a team of one.
 */
export function balanceIndex(shares: readonly number[]): number | null {
  const p = toShares(shares)
  if (p.every((x) => x === 0)) return null
  if (p.length <= 1) return 1
  const entropy = p.reduce((sum, x) => (x > 0 ? sum - x * Math.log(x) : sum), 0)
  return Math.min(1, Math.max(0, entropy / Math.log(p.length)))
}
