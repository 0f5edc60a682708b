import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { rejoin } from '../../api/auth'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { useSession } from '../session/sessionContext'

/** A student comes back on another device with the class code and their personal return code. */
export function RejoinPage() {
  const { t } = useTranslation()
  const { setUser } = useSession()
  const navigate = useNavigate()
  const [joinCode, setJoinCode] = useState('')
  const [returnCode, setReturnCode] = useState('')
  const action = useAction(async () => {
    const result = await rejoin({ joinCode, returnCode })
    setUser(result.user)
    await navigate(result.user.role === 'lecturer' ? '/classes' : '/me')
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void action.run()
  }

  return (
    <section className="narrow">
      <h1>{t('rejoin.title')}</h1>
      <p className="muted">{t('rejoin.intro')}</p>
      <form onSubmit={submit}>
        <Field
          label={t('join.code')}
          value={joinCode}
          onChange={(e) => setJoinCode(e.target.value)}
          required
        />
        <Field
          label={t('rejoin.returnCode')}
          value={returnCode}
          onChange={(e) => setReturnCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          required
        />
        <ErrorMessage error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('rejoin.submit')}
        </button>
      </form>
      <p>
        <Link to="/">{t('rejoin.back')}</Link>
      </p>
    </section>
  )
}
