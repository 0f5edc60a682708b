import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** Values for `{{name}}` placeholders. */
export type Vars = Record<string, string | number>

/** Replace `{{name}}` placeholders; values are plain text (React escapes them when rendering). */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/**
 * Add a feature's own dictionaries under its i18next namespace (kept out of the app's main dictionaries) and give
 * the hook that translates its keys in the current language (or in `lang` when given), Indonesian as fallback.
 */
export function featureStrings<K extends string>(ns: string, id: Record<K, string>, en: Record<K, string>) {
  i18next.addResourceBundle('id', ns, id, true, true)
  i18next.addResourceBundle('en', ns, en, true, true)
  return function useFeatureT(language?: string): (key: K, vars?: Vars) => string {
    // useTranslation re-renders the caller when the language changes.
    const { i18n } = useTranslation()
    const lang = language ?? i18n.language
    return useCallback(
      (key, vars) => {
        // The app's i18next types list only the main namespace, so the lookup goes through the resource store.
        const raw: unknown = i18n.getResource(lang, ns, key) ?? i18n.getResource('id', ns, key)
        return interpolate(typeof raw === 'string' ? raw : key, vars)
      },
      [i18n, lang],
    )
  }
}
