import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { addTeam } from '../../api/classes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { useAction } from '../../components/useAction'
import { StudentRow } from './StudentRow'
import { TeamCard } from './TeamCard'

/** Teams with their members, students without a team, and a form to add a team. */
export function TeamsPanel({ cls, reload }: { cls: ClassDetail; reload(): Promise<void> }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const add = useAction(async () => {
    await addTeam(cls.id, name)
    setName('')
    await reload()
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void add.run()
  }
  const teamless = cls.students.filter((s) => !s.teamId || !cls.teams.some((team) => team.id === s.teamId))

  return (
    <div className="panel">
      <h2>{t('teams.title')}</h2>
      <p className="muted">{t('teams.studentCount', { count: cls.students.length })}</p>
      <div className="team-grid">
        {cls.teams.map((team) => (
          <TeamCard key={team.id} cls={cls} team={team} reload={reload} />
        ))}
      </div>
      {teamless.length > 0 && (
        <>
          <h3>{t('teams.noTeam')}</h3>
          <ul className="members">
            {teamless.map((s) => (
              <StudentRow key={s.id} cls={cls} student={s} reload={reload} />
            ))}
          </ul>
        </>
      )}
      <form onSubmit={submit} className="inline-form">
        <Field
          label={t('teams.newName')}
          name="teamName"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <button type="submit" disabled={add.busy}>
          {t('teams.add')}
        </button>
      </form>
      <ErrorMessage error={add.error} />
    </div>
  )
}
