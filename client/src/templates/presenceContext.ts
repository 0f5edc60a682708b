import { createContext, useContext } from 'react'
import type { Presence } from '../sync/usePresence'

/**
 * Everyone connected, for the "who is in this field" tags. Separate from the form context so that
 * presence changes re-render only the tags, not every field.
 */
export const PresenceContext = createContext<Presence[]>([])

/** Everyone connected to the open workspace. */
export const usePeople = (): Presence[] => useContext(PresenceContext)
