import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { removeTeam, renameTeam } from '../../api/classes'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'
import { StudentRow } from './StudentRow'

interface Props {
  cls: ClassDetail
  team: ClassDetail['teams'][number]
  reload(): Promise<void>
}

/** One team: its name (renamable), its members, and removing it. */
export function TeamCard({ cls, team, reload }: Props) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(team.name)
  const rename = useAction(async () => {
    await renameTeam(cls.id, team.id, name)
    setEditing(false)
    await reload()
  })
  const remove = useAction(async () => {
    await removeTeam(cls.id, team.id)
    await reload()
  })
  const members = cls.students.filter((s) => s.teamId === team.id)

  return (
    <div className="team-card">
      {editing ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            void rename.run()
          }}
        >
          <input aria-label={t('teams.rename')} value={name} onChange={(e) => setName(e.target.value)} required />
          <button type="submit">{t('common.save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <h3>
          {team.name}{' '}
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('teams.rename')}
          </button>
        </h3>
      )}
      {members.length === 0 && <p className="muted">{t('teams.empty')}</p>}
      <ul className="members">
        {members.map((s) => (
          <StudentRow key={s.id} cls={cls} student={s} reload={reload} />
        ))}
      </ul>
      <ConfirmButton className="link" question={t('teams.removeQuestion')} onConfirm={() => void remove.run()}>
        {t('teams.remove')}
      </ConfirmButton>
      <ErrorMessage error={rename.error ?? remove.error} />
    </div>
  )
}
