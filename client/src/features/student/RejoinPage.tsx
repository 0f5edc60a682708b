import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { rejoin } from '../../api/auth'
import { FieldsForm } from '../../components/FieldsForm'
import { useSession } from '../session/sessionContext'

/** A student comes back on another device with the class code and their personal return code. */
export function RejoinPage() {
  const { t } = useTranslation()
  const { setUser } = useSession()
  const navigate = useNavigate()

  return (
    <section className="narrow">
      <h1>{t('rejoin.title')}</h1>
      <p className="muted">{t('rejoin.intro')}</p>
      <FieldsForm
        fields={[
          { name: 'joinCode', label: t('join.code') },
          {
            name: 'returnCode',
            label: t('rejoin.returnCode'),
            autoCapitalize: 'characters',
            autoComplete: 'off',
          },
        ]}
        submitLabel={t('rejoin.submit')}
        onSubmit={async (value) => {
          const result = await rejoin({ joinCode: value('joinCode'), returnCode: value('returnCode') })
          setUser(result.user)
          await navigate(result.user.role === 'lecturer' ? '/classes' : '/me')
        }}
      />
      <p>
        <Link to="/" className="tap">
          {t('rejoin.back')}
        </Link>
      </p>
    </section>
  )
}
