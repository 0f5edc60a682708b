import type { EcomapT } from './i18n'
import type { EcomapSnapshot, TieView } from './model'

/** A system's name for people: its label, or "Unnamed system". */
export function systemName(snapshot: EcomapSnapshot, id: string, t: EcomapT): string {
  return snapshot.systems.find((s) => s.id === id)?.label || t('unnamedSystem')
}

/** The name of a tie's start: the centre's (or "Centre"), or the member's. */
export function sourceName(snapshot: EcomapSnapshot, id: string, t: EcomapT): string {
  const member = snapshot.members.find((m) => m.id === id)
  if (member) return member.name || t('unnamedMember')
  return snapshot.centreLabel || t('centre')
}

/** "Centre – System", how a tie is named in buttons, legends and announcements. */
export function tieName(snapshot: EcomapSnapshot, tie: Pick<TieView, 'from' | 'to'>, t: EcomapT): string {
  return t('tieName', { from: sourceName(snapshot, tie.from, t), to: systemName(snapshot, tie.to, t) })
}
