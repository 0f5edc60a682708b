/** What is selected in the editor: a system or a tie (the inspector edits it). */
export type Selection = { kind: 'system' | 'tie'; id: string } | null

/** Connect mode: null when off; `from` is the centre or a member once tapped, then a system is tapped. */
export type ConnectState = { from: string | null } | null

/** A teammate shown on what they have selected or are editing (from awareness). */
export interface RemotePerson {
  clientId: number
  name: string
  color: string
}

/** Awareness `field` of a system or tie, e.g. "ecomap.systems.<id>". */
export const itemPath = (kind: 'system' | 'tie', id: string) =>
  `ecomap.${kind === 'system' ? 'systems' : 'ties'}.${id}`
