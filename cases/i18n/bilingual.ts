import { z } from 'zod'

/** Languages the app speaks: Bahasa Indonesia first, English second. */
export const LANGUAGES = ['id', 'en'] as const

/** One of the app's languages. */
export type Lang = (typeof LANGUAGES)[number]

/** Bilingual text, always an object keyed by language code. */
export interface Bilingual {
  id: string
  en: string
}

/**
 * Validator for bilingual text; both languages are required and non-empty.
 * Its calls are marked pure so a client bundle that only uses `bi` and the types leaves zod out.
 */
export const bilingualSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().trim().min(1),
  en: /* @__PURE__ */ z.string().trim().min(1),
})

/** Shorthand used by the template and case definitions. */
export const bi = (id: string, en: string): Bilingual => ({ id, en })
