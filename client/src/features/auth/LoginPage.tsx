import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { login } from '../../api/auth'
import { FieldsForm } from '../../components/FieldsForm'
import { useSignedIn } from './useSignedIn'

/** A lecturer signs in with e-mail and password. */
export default function LoginPage() {
  const { t } = useTranslation()
  const signedIn = useSignedIn()
  return (
    <section className="narrow">
      <h1>{t('login.title')}</h1>
      <FieldsForm
        fields={[
          { name: 'email', label: t('login.email'), type: 'email', autoComplete: 'username' },
          {
            name: 'password',
            label: t('login.password'),
            type: 'password',
            autoComplete: 'current-password',
          },
        ]}
        submitLabel={t('login.submit')}
        onSubmit={async (value) =>
          signedIn(await login({ email: value('email'), password: value('password') }))
        }
      />
      <p className="muted">{t('login.forgot')}</p>
      <p>
        <Link to="/register">{t('login.register')}</Link>
      </p>
    </section>
  )
}
