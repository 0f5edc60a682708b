import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { addLecturer } from '../../api/classes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { useSession } from '../session/sessionContext'
import { LecturerRow } from './LecturerRow'

/**
 * The class's lecturers, adding a co-lecturer (an already registered one) by e-mail, removing one (the owner) or
 * leaving the class (a co-lecturer).
 */
export function LecturersPanel({ cls, reload }: { cls: ClassDetail; reload(): Promise<void> }) {
  const { t } = useTranslation()
  const me = useSession().user?.id ?? ''
  const [email, setEmail] = useState('')
  const add = useAction(async () => {
    await addLecturer(cls.id, email)
    setEmail('')
    await reload()
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void add.run()
  }

  return (
    <div className="panel">
      <h2>{t('lecturers.title')}</h2>
      <ul className="members">
        {cls.lecturers.map((l) => (
          <LecturerRow key={l.id} cls={cls} lecturer={l} me={me} reload={reload} />
        ))}
      </ul>
      <form onSubmit={submit} className="inline-form">
        <Field
          label={t('lecturers.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <button type="submit" disabled={add.busy}>
          {t('lecturers.add')}
        </button>
      </form>
      <ErrorMessage error={add.error} />
    </div>
  )
}
