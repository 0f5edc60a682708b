import type { ExerciseKey } from './strings'

type T = (key: ExerciseKey, vars?: Record<string, string | number>) => string

/** "baru saja", "40 dtk lalu", "2 mnt lalu", "1 jam lalu" from an ISO time (`now` on the same clock). */
export function relativeTime(iso: string, now: number, t: T): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000))
  if (!Number.isFinite(seconds) || seconds < 10) return t('justNow')
  if (seconds < 60) return t('secondsAgo', { n: seconds })
  if (seconds < 3600) return t('minutesAgo', { n: Math.floor(seconds / 60) })
  return t('hoursAgo', { n: Math.floor(seconds / 3600) })
}
