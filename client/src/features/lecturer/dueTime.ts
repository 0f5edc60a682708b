import type { Lang } from '../../../../cases/i18n/bilingual'
import { formatZoned } from '../../components/zonedTime'

/** A `datetime-local` value (the viewer's wall clock) as a UTC ISO time, or null when empty or invalid. */
export function localInputToUtc(value: string): string | null {
  if (!value) return null
  // Without an offset, Date reads the string in the browser's own zone: the zone the lecturer sees.
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The viewer's zone as people name it (WIB, WITA, WIT; elsewhere the browser's short name). */
export function viewerZoneName(lang: Lang): string {
  const shown = formatZoned(new Date().toISOString(), lang)
  return shown.slice(shown.lastIndexOf(' ') + 1)
}
