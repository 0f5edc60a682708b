import { createContext, useContext } from 'react'
import type { PublicUser } from '../../../../cases/contracts/http'

/** Who is signed in on this page, and how to change it. */
export interface Session {
  /** undefined while the first GET /api/me is in flight; null when nobody is signed in. */
  user: PublicUser | null | undefined
  setUser(user: PublicUser | null): void
  /** Ask the server again (after a team change, for example). */
  refresh(): Promise<void>
  /** End the session and clear this user's local copies of workspaces. */
  logout(): Promise<void>
}

/** The session of this page; provided once at the root. */
export const SessionContext = createContext<Session | null>(null)

/** The current session; only inside SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}
