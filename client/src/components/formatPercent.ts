import type { Lang } from '../../../cases/i18n/bilingual'

/** A 0–100 percentage as people of `lang` write it ("68,8%" in Indonesian, "68.8%" in English). */
export function formatPercent(value: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 })
  return `${number.format(value)}%`
}
