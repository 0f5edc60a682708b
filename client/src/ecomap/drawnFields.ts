import { ECOMAP_CENTRE } from '../../../cases/templates/ecomapOptions'

const DRAWN: Record<string, Record<string, readonly string[]>> = { ecomap: { systems: ['x', 'y'] } }

/**
 * Whether a field is only where something sits in the drawing (an ecomap system's x and y): read-only lists leave it
 * out, since "Posisi x 500" tells a reader nothing the drawing beside it does not.
 */
export function isDrawnOnly(templateId: string, sectionKey: string, fieldKey: string): boolean {
  return DRAWN[templateId]?.[sectionKey]?.includes(fieldKey) ?? false
}

/**
 * Add the ecomap's centre to item names (a tie's `from` is `"centre"` or a member's id), so a tie reads
 * "Keluarga Ibu R" or "Pusat" rather than the internal word.
 */
export function withCentreName(
  names: Map<string, string>,
  content: unknown,
  centreWord: string,
): Map<string, string> {
  const centre = (content as { centre?: { label?: unknown } } | null | undefined)?.centre?.label
  names.set(ECOMAP_CENTRE, typeof centre === 'string' && centre.trim() ? centre.trim() : centreWord)
  return names
}
