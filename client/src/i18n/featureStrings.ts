import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** Values for `{{name}}` placeholders. */
export type Vars = Record<string, string | number>

/** Replace `{{name}}` placeholders; values are plain text (React escapes them when rendering). */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** A key's base when the dictionary has its plural forms (`n_one`, `n_other`): looked up with a number `count`. */
type PluralBase<K extends string> = K extends `${infer Base}_other` ? Base : never

/**
 * The text of `key` found by `find`, or the key itself. Plurals the i18next way: with a number `count`, the
 * `key_one`/`key_other` form the language's rules pick ("1 open comment", "2 open comments").
 */
export function pickString(
  find: (key: string) => unknown,
  key: string,
  lang: string,
  vars: Vars = {},
): string {
  const { count } = vars
  const plural =
    typeof count === 'number'
      ? (find(`${key}_${new Intl.PluralRules(lang).select(count)}`) ?? find(`${key}_other`))
      : undefined
  const raw = plural ?? find(key)
  return typeof raw === 'string' ? raw : key
}

/**
 * Add a feature's own dictionaries under its i18next namespace (kept out of the app's main dictionaries) and give
 * the hook that translates its keys in the current language (or in `lang` when given), Indonesian as fallback; a
 * key with plural forms is asked for by its base with a number `count`.
 */
export function featureStrings<K extends string>(ns: string, id: Record<K, string>, en: Record<K, string>) {
  i18next.addResourceBundle('id', ns, id, true, true)
  i18next.addResourceBundle('en', ns, en, true, true)
  return function useFeatureT(language?: string): (key: K | PluralBase<K>, vars?: Vars) => string {
    // useTranslation re-renders the caller when the language changes.
    const { i18n } = useTranslation()
    const lang = language ?? i18n.language
    return useCallback(
      (key, vars) => {
        // The app's i18next types list only the main namespace, so the lookup goes through the resource store.
        const find = (k: string): unknown => i18n.getResource(lang, ns, k) ?? i18n.getResource('id', ns, k)
        return interpolate(pickString(find, key, lang, vars), vars)
      },
      [i18n, lang],
    )
  }
}
