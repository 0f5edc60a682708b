import type { Lang } from '../../../cases/i18n/bilingual'

/** Indonesia's zones by their everyday names; any other zone keeps the browser's own short name. */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID')

/** A stored UTC time in the viewer's zone with WIB/WITA/WIT (elsewhere the browser's short zone name). */
export function formatZoned(iso: string, lang: Lang): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const text = new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date)
  const short =
    INDONESIAN_ZONES[zone] ??
    new Intl.DateTimeFormat(locale(lang), { timeZoneName: 'short' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ??
    zone
  return `${text} ${short}`
}
