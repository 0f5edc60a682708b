import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Lang } from '../../../../cases/i18n/bilingual'
import { historyEn, historyId, type HistoryKey } from './strings'

/** The i18next namespace of the history panel. */
export const HISTORY_NS = 'history'

i18next.addResourceBundle('id', HISTORY_NS, historyId, true, true)
i18next.addResourceBundle('en', HISTORY_NS, historyEn, true, true)

/** A translate function for the panel's keys. */
export type HistoryT = (key: HistoryKey, vars?: Record<string, string | number>) => string

/** Translate the panel's keys in `lang` (Indonesian as fallback), re-rendering when i18next changes. */
export function useHistoryT(lang: Lang): HistoryT {
  const { i18n } = useTranslation()
  return useCallback(
    (key, vars = {}) => {
      const raw: unknown = i18n.getResource(lang, HISTORY_NS, key) ?? i18n.getResource('id', HISTORY_NS, key)
      const text = typeof raw === 'string' ? raw : historyId[key]
      return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
        name in vars ? String(vars[name]) : whole,
      )
    },
    [i18n, lang],
  )
}
