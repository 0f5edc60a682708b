import type { GlossaryEntry } from '../../../../cases/glossary'

/** Lower case without accents, so "Realitas" and "realitas" or "é" and "e" match. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** The entries whose term, gloss or meaning (in either language) contains every word of the query. */
export function filterGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...entries]
  return entries.filter((entry) => {
    const haystack = fold(
      [entry.term, entry.printedAs ?? '', entry.gloss, entry.meaning.id, entry.meaning.en].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  })
}
