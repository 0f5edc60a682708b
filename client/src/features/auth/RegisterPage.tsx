import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { register } from '../../api/auth'
import { FieldsForm } from '../../components/FieldsForm'
import { useSignedIn } from './useSignedIn'

/** A lecturer creates an account. */
export default function RegisterPage() {
  const { t } = useTranslation()
  const signedIn = useSignedIn()
  return (
    <section className="narrow">
      <h1>{t('register.title')}</h1>
      <FieldsForm
        fields={[
          { name: 'name', label: t('register.name'), autoComplete: 'name' },
          { name: 'email', label: t('login.email'), type: 'email', autoComplete: 'username' },
          {
            name: 'password',
            label: t('register.password'),
            type: 'password',
            autoComplete: 'new-password',
            minLength: 8,
          },
        ]}
        submitLabel={t('register.submit')}
        onSubmit={async (value) =>
          signedIn(
            await register({ name: value('name'), email: value('email'), password: value('password') }),
          )
        }
      />
      <p>
        <Link to="/login">{t('register.haveAccount')}</Link>
      </p>
    </section>
  )
}
