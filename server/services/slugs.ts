/** Longest slug kept (before a `-2`, `-3`… suffix). */
const MAX_SLUG = 60

/**
 * A file-name-safe slug: accents dropped, lower case ASCII letters and digits joined by single dashes, at most 60
 * characters; `fallback` when nothing is left (a name of only symbols or another script). It never holds `.`,
 * `/` or `\`, so it can never climb out of its folder.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '')
  return slug || fallback
}

/** Hands out slugs unique within one folder: a repeated slug gets `-2`, `-3`, … */
export function uniqueSlugs(): (text: string, fallback: string) => string {
  const used = new Set<string>()
  return (text, fallback) => {
    const base = slugify(text, fallback)
    let slug = base
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`
    used.add(slug)
    return slug
  }
}
