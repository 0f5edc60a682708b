import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { join } from '../../api/auth'
import { retryWhileBusy } from '../../api/retryWhileBusy'
import { FieldsForm } from '../../components/FieldsForm'
import { useSession } from '../session/sessionContext'

/** The landing page: a student joins a class with its code and their name. */
export function JoinPage() {
  const { t } = useTranslation()
  const { user, setUser } = useSession()
  const [returnCode, setReturnCode] = useState<string | null>(null)
  // While a whole class joins from one network the server may ask some to wait a few seconds: the page waits and
  // tries again by itself, showing the countdown.
  const [waitSeconds, setWaitSeconds] = useState<number | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  // The return code travels to the student page once, in the navigation state (never stored).
  if (user && returnCode) return <Navigate to="/me" state={{ returnCode }} replace />
  if (user) return <Navigate to={user.role === 'lecturer' ? '/classes' : '/me'} replace />

  return (
    <section className="narrow">
      <h1>{t('join.title')}</h1>
      <p className="muted">{t('join.intro')}</p>
      <FieldsForm
        fields={[
          { name: 'joinCode', label: t('join.code'), autoCapitalize: 'characters', autoComplete: 'off' },
          { name: 'name', label: t('join.name') },
        ]}
        submitLabel={t('join.submit')}
        onSubmit={async (value) => {
          const body = { joinCode: value('joinCode'), name: value('name') }
          const result = await retryWhileBusy(
            () => join(body),
            'too_many_joins',
            setWaitSeconds,
            () => !mounted.current,
          )
          setReturnCode(result.returnCode)
          setUser(result.user)
        }}
      />
      {waitSeconds !== null && (
        <p className="muted" role="status">
          {t('join.waiting', { seconds: waitSeconds })}
        </p>
      )}
      <p>
        <Link to="/rejoin" className="tap">
          {t('join.haveReturnCode')}
        </Link>
      </p>
      <p>
        <Link to="/login" className="tap">
          {t('join.lecturerLogin')}
        </Link>
      </p>
    </section>
  )
}
