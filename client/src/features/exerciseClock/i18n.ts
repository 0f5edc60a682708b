import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { clockEn, clockId, type ClockKey } from './strings'

/** The i18next namespace of the student's exercise clock (small: it rides with the student pages). */
export const CLOCK_NS = 'exerciseClock'

i18next.addResourceBundle('id', CLOCK_NS, clockId, true, true)
i18next.addResourceBundle('en', CLOCK_NS, clockEn, true, true)

/** Translate the clock's keys in the current language (Indonesian as fallback). */
export function useClockT(): (key: ClockKey, vars?: Record<string, string | number>) => string {
  // useTranslation re-renders the caller when the language changes.
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useCallback(
    (key, vars = {}) => {
      const raw: unknown = i18n.getResource(lang, CLOCK_NS, key) ?? i18n.getResource('id', CLOCK_NS, key)
      const text = typeof raw === 'string' ? raw : key
      return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
        name in vars ? String(vars[name]) : whole,
      )
    },
    [i18n, lang],
  )
}
