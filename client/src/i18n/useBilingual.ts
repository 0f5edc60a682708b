import { useTranslation } from 'react-i18next'
import type { Bilingual, Lang } from '../../../cases/i18n/bilingual'

/** The current UI language. */
export function useLang(): Lang {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'id'
}

/** Pick the current language's text from a bilingual object (template labels, case texts). */
export function useBilingual(): (text: Bilingual | undefined) => string {
  const lang = useLang()
  return (text) => (text ? text[lang] || text.id : '')
}
