import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router'
import { useSession } from './sessionContext'

/** Render the page only for a signed-in user of this role (any role when omitted); else go sign in. */
export function RequireRole({ role, children }: { role?: 'lecturer' | 'student'; children: ReactNode }) {
  const { t } = useTranslation()
  const { user } = useSession()
  if (user === undefined) return <p className="muted">{t('common.loading')}</p>
  if (user === null) return <Navigate to={role === 'lecturer' ? '/login' : '/'} replace />
  if (role && user.role !== role)
    return <Navigate to={user.role === 'lecturer' ? '/classes' : '/me'} replace />
  return <>{children}</>
}
