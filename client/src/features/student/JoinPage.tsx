import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { join } from '../../api/auth'
import { FieldsForm } from '../../components/FieldsForm'
import { useSession } from '../session/sessionContext'

/** The landing page: a student joins a class with its code and their name. */
export function JoinPage() {
  const { t } = useTranslation()
  const { user, setUser } = useSession()
  const [returnCode, setReturnCode] = useState<string | null>(null)

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
          const result = await join({ joinCode: value('joinCode'), name: value('name') })
          setReturnCode(result.returnCode)
          setUser(result.user)
        }}
      />
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
