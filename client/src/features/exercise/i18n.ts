import i18next from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { exerciseTextEn, exerciseTextId, type ExerciseKey } from './strings'

/** The i18next namespace of the live exercise pages (lecturer and projector). */
export const EXERCISE_NS = 'exercise'

i18next.addResourceBundle('id', EXERCISE_NS, exerciseTextId, true, true)
i18next.addResourceBundle('en', EXERCISE_NS, exerciseTextEn, true, true)

/** Translate the exercise pages' keys in the current language (Indonesian as fallback). */
export function useExerciseT(): (key: ExerciseKey, vars?: Record<string, string | number>) => string {
  // useTranslation re-renders the caller when the language changes.
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useCallback(
    (key, vars = {}) => {
      const raw: unknown =
        i18n.getResource(lang, EXERCISE_NS, key) ?? i18n.getResource('id', EXERCISE_NS, key)
      const text = typeof raw === 'string' ? raw : key
      return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
        name in vars ? String(vars[name]) : whole,
      )
    },
    [i18n, lang],
  )
}
