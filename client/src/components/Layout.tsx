import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useNavigate } from 'react-router'
import { useSession } from '../features/session/sessionContext'
import { ConfirmButton } from './ConfirmButton'
import { LanguageSwitch } from './LanguageSwitch'

/** The frame of every page: app name, language switch, who is signed in, and the page below. */
export function Layout() {
  const { t } = useTranslation()
  const { user, logout } = useSession()
  const navigate = useNavigate()

  const signOut = async () => {
    // Leave the page first so an open workspace closes its local copy before it is deleted.
    await navigate('/')
    await logout()
  }

  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav>
          <LanguageSwitch />
          {user?.role !== 'student' && (
            <Link to="/bantuan" className="link">
              {t('app.help')}
            </Link>
          )}
          {user && (
            <>
              <span className="who">{user.name}</span>
              {user.role === 'student' ? (
                <ConfirmButton
                  className="link"
                  question={t('app.logoutStudentQuestion')}
                  onConfirm={() => void signOut()}
                >
                  {t('app.logout')}
                </ConfirmButton>
              ) : (
                <button type="button" className="link" onClick={() => void signOut()}>
                  {t('app.logout')}
                </button>
              )}
            </>
          )}
        </nav>
      </header>
      <main>
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer no-print">
        <Link to="/glosarium" className="tap">
          {t('app.glossary')}
        </Link>
      </footer>
    </>
  )
}
