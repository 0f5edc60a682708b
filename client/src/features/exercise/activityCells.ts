/** How many minutes the control room's activity strip shows, ending now (the server keeps as many per team). */
export const TIMELINE_MINUTES = 30

/** Which of the last `span` minutes before `now` had an edit, oldest first. */
export function activeCells(
  activeMinutes: readonly number[],
  now: number,
  span = TIMELINE_MINUTES,
): boolean[] {
  const current = Math.floor(now / 60_000)
  const active = new Set(activeMinutes)
  return Array.from({ length: span }, (_, i) => active.has(current - (span - 1) + i))
}
