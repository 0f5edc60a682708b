import type { DiffChange } from '../contracts/history'

/**
 * Split text into words, runs of white space and single punctuation marks; joined again they give the text back
 * exactly, which is what lets a diff over tokens be applied to the text character by character.
 */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu) ?? []
}

/**
 * Beyond this many differing tokens the diff stops looking for the shortest edit and reports the changed middle as
 * one deletion and one insertion: Myers' trace grows with the square of the difference, and two texts that far
 * apart read no better with a finer diff.
 */
const MAX_EDIT_DISTANCE = 2000

type Op = DiffChange['op']

/** Myers' O(ND) shortest edit script between two token lists, as one op per token (null when too far apart). */
function myers(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDIT_DISTANCE)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // Round d reads only diagonals -d-1..d+1, so the trace keeps just that slice of each round (indexed from -d-1):
  // memory grows with the square of the difference, not with the difference times the cap.
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, n, m)
    }
  }
  return null
}

/** Walk Myers' trace back from the end, one op per token. */
function backtrack(trace: readonly Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = []
  let x = n
  let y = m
  // trace[d] holds the furthest x of diagonals -d-1..d+1 before round d, so it tells where round d's move started.
  for (let d = trace.length - 1; d >= 0; d--) {
    const prev = trace[d]!
    const at = d + 1
    const k = x - y
    const down = k === -d || (k !== d && prev[at + k - 1]! < prev[at + k + 1]!)
    const prevK = down ? k + 1 : k - 1
    const prevX = prev[at + prevK]!
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      ops.push('equal')
      x--
      y--
    }
    if (d > 0) ops.push(down ? 'insert' : 'delete')
    if (down) y--
    else x--
    if (d === 0) break
  }
  return ops.reverse()
}

/** Append a run, merging it into the previous one when both have the same op. */
function push(out: DiffChange[], op: Op, text: string): void {
  if (!text) return
  const last = out.at(-1)
  if (last?.op === op) last.text += text
  else out.push({ op, text })
}

/**
 * A word-level diff of two texts: runs of `equal`, `delete` (only in `from`) and `insert` (only in `to`). The common
 * start and end are cut off first, so a small edit in a long text costs little.
 */
export function wordDiff(from: string, to: string): DiffChange[] {
  const a = wordTokens(from)
  const b = wordTokens(to)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const out: DiffChange[] = []
  push(out, 'equal', a.slice(0, start).join(''))
  const midA = a.slice(start, endA)
  const midB = b.slice(start, endB)
  const ops = myers(midA, midB)
  if (ops) {
    let i = 0
    let j = 0
    for (const op of ops) {
      if (op === 'insert') {
        push(out, 'insert', midB[j++]!)
        continue
      }
      push(out, op, midA[i++]!)
      if (op === 'equal') j++
    }
  } else {
    push(out, 'delete', midA.join(''))
    push(out, 'insert', midB.join(''))
  }
  push(out, 'equal', a.slice(endA).join(''))
  return out
}
