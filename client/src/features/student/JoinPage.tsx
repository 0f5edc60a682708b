import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { join } from '../../api/auth'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { useSession } from '../session/sessionContext'

/** The landing page: a student joins a class with its code and their name. */
export function JoinPage() {
  const { t } = useTranslation()
  const { user, setUser } = useSession()
  const [joinCode, setJoinCode] = useState('')
  const [name, setName] = useState('')
  const [returnCode, setReturnCode] = useState<string | null>(null)
  const action = useAction(async () => {
    const result = await join({ joinCode, name })
    setReturnCode(result.returnCode)
    setUser(result.user)
  })

  // The return code travels to the student page once, in the navigation state (never stored).
  if (user && returnCode) return <Navigate to="/me" state={{ returnCode }} replace />
  if (user) return <Navigate to={user.role === 'lecturer' ? '/classes' : '/me'} replace />

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void action.run()
  }

  return (
    <section className="narrow">
      <h1>{t('join.title')}</h1>
      <p className="muted">{t('join.intro')}</p>
      <form onSubmit={submit}>
        <Field
          label={t('join.code')}
          name="joinCode"
          value={joinCode}
          onChange={(e) => setJoinCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          required
        />
        <Field
          label={t('join.name')}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <ErrorMessage error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('join.submit')}
        </button>
      </form>
      <p>
        <Link to="/rejoin">{t('join.haveReturnCode')}</Link>
      </p>
      <p>
        <Link to="/login">{t('join.lecturerLogin')}</Link>
      </p>
    </section>
  )
}
