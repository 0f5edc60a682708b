const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * Make serialized SVG markup a standalone file: the SVG namespace, an explicit pixel size (viewers and the PNG
 * canvas need one) and the XML declaration. The drawing carries all its styling as attributes, so no stylesheet is
 * needed.
 */
export function standaloneSvg(markup: string, width: number, height: number): string {
  const open = markup.match(/^<svg\b[^>]*>/)
  if (!open) throw new Error('not an <svg> element')
  let tag = open[0]
    .replace(/\s(width|height)="[^"]*"/g, '')
    .replace(/\sclass="[^"]*"/g, '')
    .replace(/\sstyle="[^"]*"/g, '')
  if (!/\sxmlns="/.test(tag)) tag = tag.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`)
  tag = tag.replace(/^<svg/, `<svg width="${width}" height="${height}"`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag}${markup.slice(open[0].length)}`
}

/** A download name like "ekomap-Tim-Merah-2026-11-29.svg" (only letters, digits and dashes). */
export function exportFileName(
  base: string,
  centre: string,
  date: string | null,
  ext: 'svg' | 'png',
): string {
  const parts = [base, centre, date ?? ''].map((p) =>
    p
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
  )
  return `${parts.filter(Boolean).join('-') || 'ecomap'}.${ext}`
}
