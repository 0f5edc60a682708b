import { useNavigate } from 'react-router'
import type { AuthResponse } from '../../../../cases/contracts/http'
import { useSession } from '../session/sessionContext'

/** What follows a lecturer's sign-in or registration: the session holds the user and their classes open. */
export function useSignedIn() {
  const { setUser } = useSession()
  const navigate = useNavigate()
  return async (result: AuthResponse) => {
    setUser(result.user)
    await navigate('/classes')
  }
}
