import { useEffect, useMemo } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { usePresence } from '../sync/usePresence'
import { itemPath, type RemotePerson, type Selection } from './interaction'

/** Teammates (not oneself) grouped by the ecomap item they are on: awareness `field` "ecomap.systems.<id>" etc. */
export function useRemote(awareness: Awareness): Map<string, RemotePerson[]> {
  const people = usePresence(awareness)
  return useMemo(() => {
    const byPath = new Map<string, RemotePerson[]>()
    for (const p of people) {
      if (p.self || !p.field?.startsWith('ecomap.')) continue
      // "ecomap.systems.<id>" — also when a future field path adds ".<fieldKey>" after the id.
      const path = p.field.split('.').slice(0, 3).join('.')
      byPath.set(path, [...(byPath.get(path) ?? []), { clientId: p.clientId, name: p.name, color: p.color }])
    }
    return byPath
  }, [people])
}

/** Tell teammates which system or tie one has selected in the drawing (cleared when deselected or closed). */
export function useShareSelection(awareness: Awareness, selection: Selection, readOnly: boolean): void {
  const path = selection && !readOnly ? itemPath(selection.kind, selection.id) : null
  useEffect(() => {
    if (!path) return
    awareness.setLocalStateField('field', path)
    return () => {
      if (awareness.getLocalState()?.field === path) awareness.setLocalStateField('field', null)
    }
  }, [awareness, path])
}
