import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { PublicUser } from '../../../../cases/contracts/http'
import { fetchSession, logout as apiLogout } from '../../api/auth'
import { forgetAppShellData } from '../../sync/appShell'
import { clearLocalCopies } from '../../sync/localCopies'
import { SessionContext, type Session } from './sessionContext'

/** Loads the signed-in user once and offers login state to every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<PublicUser | null | undefined>(undefined)

  const refresh = useCallback(async () => {
    try {
      setUser(await fetchSession())
    } catch {
      // Offline or server down: keep what we knew, but stop waiting.
      setUser((known) => known ?? null)
    }
  }, [])

  useEffect(() => {
    fetchSession().then(setUser, () => setUser(null))
  }, [])

  const logout = useCallback(async () => {
    const leaving = user
    try {
      await apiLogout()
    } catch {
      // The session may already be gone on the server (removed, expired); sign out here anyway.
    }
    setUser(null)
    if (leaving) await Promise.all([clearLocalCopies(leaving.id), forgetAppShellData()])
  }, [user])

  const session = useMemo<Session>(() => ({ user, setUser, refresh, logout }), [user, refresh, logout])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}
