/**
 * A citation without brackets of its own, to be shown in brackets: "Hartman, 1978 (notasi ecomap)" becomes
 * "Hartman, 1978; notasi ecomap", so the page never reads "(Hartman, 1978 (notasi ecomap))".
 */
export function unbracketed(citation: string): string {
  return citation.replace(/\s*\(([^()]*)\)/g, '; $1').trim()
}

/** A citation in one pair of brackets: "(Hartman, 1978; notasi ecomap)". */
export const inBrackets = (citation: string): string => `(${unbracketed(citation)})`
