import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { printEn, printId, type PrintKey } from './strings'

/** The i18next namespace of the print view. */
export const PRINT_NS = 'print'

i18next.addResourceBundle('id', PRINT_NS, printId, true, true)
i18next.addResourceBundle('en', PRINT_NS, printEn, true, true)

/** Replace `{{name}}` placeholders (React escapes the result when rendering). */
export function interpolate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** Translate the print view's keys in the current language (Indonesian as fallback). */
export function usePrintT(): (key: PrintKey, vars?: Record<string, string | number>) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useCallback(
    (key, vars) => {
      const raw: unknown = i18n.getResource(lang, PRINT_NS, key) ?? i18n.getResource('id', PRINT_NS, key)
      return interpolate(typeof raw === 'string' ? raw : printId[key], vars)
    },
    [i18n, lang],
  )
}
