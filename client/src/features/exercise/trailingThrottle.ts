/** A run limited to once per interval; `poke` asks for it, `stop` forgets a pending one. */
export interface TrailingThrottle {
  poke(): void
  stop(): void
}

/**
 * Run `run` at most once every `intervalMs`, always after the latest `poke` (trailing): a poke right after a
 * quiet spell runs at once, pokes during the interval are folded into one run at its end.
 */
export function trailingThrottle(
  intervalMs: number,
  run: () => void,
  now: () => number = Date.now,
): TrailingThrottle {
  let last = Number.NEGATIVE_INFINITY
  let timer: ReturnType<typeof setTimeout> | null = null
  return {
    poke() {
      if (timer) return
      timer = setTimeout(
        () => {
          timer = null
          last = now()
          run()
        },
        Math.max(0, last + intervalMs - now()),
      )
    },
    stop() {
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}
