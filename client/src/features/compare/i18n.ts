import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { compareEn, compareId, type CompareKey } from './strings'

/** The i18next namespace of the compare view. */
export const COMPARE_NS = 'compare'

i18next.addResourceBundle('id', COMPARE_NS, compareId, true, true)
i18next.addResourceBundle('en', COMPARE_NS, compareEn, true, true)

/** A translate function for the compare view's keys. */
export type CompareT = (key: CompareKey, vars?: Record<string, string | number>) => string

/** Translate the compare view's keys in the current language (Indonesian as fallback). */
export function useCompareT(): CompareT {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useCallback(
    (key, vars = {}) => {
      const raw: unknown = i18n.getResource(lang, COMPARE_NS, key) ?? i18n.getResource('id', COMPARE_NS, key)
      const text = typeof raw === 'string' ? raw : compareId[key]
      return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
        name in vars ? String(vars[name]) : whole,
      )
    },
    [i18n, lang],
  )
}
