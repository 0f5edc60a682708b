import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { createClass, listClasses } from '../../api/classes'
import { getRegistration } from '../../api/invitations'
import { useResource } from '../../api/useResource'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Loading'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { CasesLink } from '../cases/CasesLink'
import { InvitationsPanel } from './InvitationsPanel'

/** A lecturer's classes, and a form to create one. */
export default function ClassesPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const classes = useResource(listClasses, 'classes')
  const registration = useResource(getRegistration, 'registration')
  const [name, setName] = useState('')
  const create = useAction(async () => {
    const created = await createClass(name)
    setName('')
    await navigate(`/classes/${created.id}`)
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void create.run()
  }

  const active = classes.data?.filter((c) => !c.archived) ?? []
  const archived = classes.data?.filter((c) => c.archived) ?? []

  return (
    <section>
      <h1>{t('classes.title')}</h1>
      <p>
        <CasesLink />
      </p>
      <ErrorMessage error={classes.error} />
      <Loading pending={!classes.data && !classes.error} />
      {classes.data && active.length === 0 && <p className="muted">{t('classes.none')}</p>}
      <ul className="cards">
        {active.map((c) => (
          <li key={c.id}>
            <Link to={`/classes/${c.id}`}>{c.name}</Link>
            {c.joinCode && <span className="muted"> · {c.joinCode}</span>}
          </li>
        ))}
      </ul>
      {archived.length > 0 && (
        <details>
          <summary>{t('classes.archived', { count: archived.length })}</summary>
          <ul className="cards">
            {archived.map((c) => (
              <li key={c.id}>
                <Link to={`/classes/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
      <h2>{t('classes.create')}</h2>
      <form onSubmit={submit} className="inline-form">
        <Field
          label={t('classes.name')}
          name="className"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <button type="submit" className="primary" disabled={create.busy}>
          {t('classes.createSubmit')}
        </button>
      </form>
      <ErrorMessage error={create.error} />
      {registration.data?.mode === 'invite' && <InvitationsPanel />}
    </section>
  )
}
