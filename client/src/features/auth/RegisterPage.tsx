import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { register } from '../../api/auth'
import { getRegistration } from '../../api/invitations'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { FieldsForm } from '../../components/FieldsForm'
import { useSignedIn } from './useSignedIn'

/**
 * A lecturer creates an account. With registration by invitation the link's `?invite=…` goes along; a visitor
 * without one is told how to get one instead of meeting a form that cannot work.
 */
export default function RegisterPage() {
  const { t } = useTranslation()
  const signedIn = useSignedIn()
  const [params] = useSearchParams()
  const invitation = params.get('invite') ?? undefined
  const registration = useResource(getRegistration, 'registration')
  const byInvitation = registration.data?.mode === 'invite'
  return (
    <section className="narrow">
      <h1>{t('register.title')}</h1>
      <ErrorMessage error={registration.error} />
      {byInvitation && !invitation ? (
        <p className="notice" role="status" data-testid="invitation-required">
          {t('register.byInvitation')}
        </p>
      ) : (
        <>
          {byInvitation && <p className="notice">{t('register.invited')}</p>}
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
                await register({
                  name: value('name'),
                  email: value('email'),
                  password: value('password'),
                  ...(invitation ? { invitation } : {}),
                }),
              )
            }
          />
        </>
      )}
      <p>
        <Link to="/login">{t('register.haveAccount')}</Link>
      </p>
    </section>
  )
}
