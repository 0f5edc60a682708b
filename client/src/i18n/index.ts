import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../../../cases/i18n/bilingual'
import { en } from './en'
import { id } from './id'

const STORAGE_KEY = 'rk:lang'

/** The language chosen earlier on this device, Bahasa Indonesia by default. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

/** Switch the UI language and remember the choice on this device. */
export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Storage can be disabled; the switch still applies to this page.
  }
  document.documentElement.lang = lang
  await i18next.changeLanguage(lang)
}

/** Start i18next with both dictionaries bundled (they are small). */
export function initI18n(): typeof i18next {
  const lng = storedLang()
  document.documentElement.lang = lng
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: 'id',
    // React escapes text itself; i18next must not double-escape.
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return i18next
}
