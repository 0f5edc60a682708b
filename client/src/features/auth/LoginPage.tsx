import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { login } from '../../api/auth'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { useSession } from '../session/sessionContext'

/** A lecturer signs in with e-mail and password. */
export default function LoginPage() {
  const { t } = useTranslation()
  const { setUser } = useSession()
  const navigate = useNavigate()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const action = useAction(async () => {
    const result = await login({ email, password })
    setUser(result.user)
    await navigate('/classes')
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void action.run()
  }

  return (
    <section className="narrow">
      <h1>{t('login.title')}</h1>
      <form onSubmit={submit}>
        <Field
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <Field
          label={t('login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <ErrorMessage error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="muted">{t('login.forgot')}</p>
      <p>
        <Link to="/register">{t('login.register')}</Link>
      </p>
    </section>
  )
}
