import type { Lang } from '../../../cases/i18n/bilingual'

/** Indonesia's zones by their everyday names; any other zone keeps the browser's own short name. */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}

/** The viewer's time zone as the browser reports it. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** The abbreviation shown after a time: WIB/WITA/WIT in Indonesia, the browser's short zone name elsewhere. */
export function zoneAbbreviation(date: Date, zone: string, lang: Lang): string {
  const known = INDONESIAN_ZONES[zone]
  if (known) return known
  const part = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: zone,
    timeZoneName: 'short',
  })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? zone
}

/** A stored UTC time shown in the viewer's zone with its abbreviation, e.g. "29 Nov 2026 13.05 WIB". */
export function formatZoned(iso: string, lang: Lang, zone = viewerZone()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date)
  return `${text} ${zoneAbbreviation(date, zone, lang)}`
}
