import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { register } from '../../api/auth'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { useSession } from '../session/sessionContext'

/** A lecturer creates an account. */
export default function RegisterPage() {
  const { t } = useTranslation()
  const { setUser } = useSession()
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const action = useAction(async () => {
    const result = await register({ name, email, password })
    setUser(result.user)
    await navigate('/classes')
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void action.run()
  }

  return (
    <section className="narrow">
      <h1>{t('register.title')}</h1>
      <form onSubmit={submit}>
        <Field
          label={t('register.name')}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
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
          label={t('register.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <ErrorMessage error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('register.submit')}
        </button>
      </form>
      <p>
        <Link to="/login">{t('register.haveAccount')}</Link>
      </p>
    </section>
  )
}
