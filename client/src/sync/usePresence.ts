import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { isPresenceColor } from '../../../cases/contracts/presence'

/** One person in the workspace as awareness reports them (names come from the server). */
export interface Presence {
  clientId: number
  name: string
  /** `#rrggbb[aa]`, safe to write into a style (anything else becomes grey). */
  color: string
  /** "templateId.sectionKey.fieldKey" of the field they are in, or null. */
  field: string | null
  self: boolean
}

function toPresence(clientId: number, state: Record<string, unknown>, self: boolean): Presence | null {
  const user = state.user as { name?: unknown; color?: unknown } | undefined
  if (!user || typeof user.name !== 'string') return null
  return {
    clientId,
    name: user.name,
    color: isPresenceColor(user.color) ? user.color : '#555555',
    field: typeof state.field === 'string' ? state.field : null,
    self,
  }
}

/** Everyone connected to the workspace, oneself first. */
export function usePresence(awareness: Awareness): Presence[] {
  const [people, setPeople] = useState<Presence[]>([])
  useEffect(() => {
    let lastKey = ''
    const update = () => {
      const list: Presence[] = []
      for (const [clientId, state] of awareness.getStates()) {
        const p = toPresence(clientId, state, clientId === awareness.clientID)
        if (p) list.push(p)
      }
      list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name))
      // Awareness changes on every caret move; re-render only when names, colours or fields change.
      const key = JSON.stringify(list)
      if (key === lastKey) return
      lastKey = key
      setPeople(list)
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return people
}
