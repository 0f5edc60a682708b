import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { reviewEn, reviewId, type ReviewKey } from './strings'

/** The i18next namespace of this feature (kept out of the app's main dictionaries). */
export const REVIEW_NS = 'review'

i18next.addResourceBundle('id', REVIEW_NS, reviewId, true, true)
i18next.addResourceBundle('en', REVIEW_NS, reviewEn, true, true)

/** Replace `{{name}}` placeholders; values are plain text (React escapes them when rendering). */
function interpolate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/**
 * Translate the feature's keys in the current language (Indonesian as fallback). The app's i18next types list
 * only the main namespace, so the lookup goes through the resource store with this feature's own typed keys.
 */
export function useReviewT(): (key: ReviewKey, vars?: Record<string, string | number>) => string {
  // useTranslation re-renders the caller when the language changes.
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useCallback(
    (key, vars) => {
      const raw: unknown = i18n.getResource(lang, REVIEW_NS, key) ?? i18n.getResource('id', REVIEW_NS, key)
      return interpolate(typeof raw === 'string' ? raw : key, vars)
    },
    [i18n, lang],
  )
}
