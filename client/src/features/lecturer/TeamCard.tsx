import { useTranslation } from 'react-i18next'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { removeTeam, renameTeam } from '../../api/classes'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { InlineRename } from '../../components/InlineRename'
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
  const remove = useAction(async () => {
    await removeTeam(cls.id, team.id)
    await reload()
  })
  const members = cls.students.filter((s) => s.teamId === team.id)

  return (
    <div className="team-card">
      <h3>
        <InlineRename
          name={team.name}
          label={t('teams.renameTeam', { name: team.name })}
          onRename={async (name) => {
            await renameTeam(cls.id, team.id, name)
            await reload()
          }}
        >
          {team.name}
        </InlineRename>
      </h3>
      {members.length === 0 && <p className="muted">{t('teams.empty')}</p>}
      <ul className="members">
        {members.map((s) => (
          <StudentRow key={s.id} cls={cls} student={s} reload={reload} />
        ))}
      </ul>
      <ConfirmButton
        className="link"
        question={t('teams.removeQuestion')}
        onConfirm={() => void remove.run()}
      >
        {t('teams.remove')}
      </ConfirmButton>
      <ErrorMessage error={remove.error} />
    </div>
  )
}
