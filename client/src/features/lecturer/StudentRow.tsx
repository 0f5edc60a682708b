import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClassDetail, ClassStudent } from '../../../../cases/contracts/http'
import { newReturnCode, removeStudent, updateStudent } from '../../api/classes'
import { ConfirmButton } from '../../components/ConfirmButton'
import { CopyableCode } from '../../components/CopyableCode'
import { ErrorMessage } from '../../components/ErrorMessage'
import { InlineRename } from '../../components/InlineRename'
import { useAction } from '../../components/useAction'

interface Props {
  cls: ClassDetail
  student: ClassStudent
  reload(): Promise<void>
}

/** A student in the class list: move to another team, or remove from the class. */
export function StudentRow({ cls, student, reload }: Props) {
  const { t } = useTranslation()
  const move = useAction(async (teamId: string) => {
    await updateStudent(cls.id, student.id, { teamId: teamId || null })
    await reload()
  })
  const [returnCode, setReturnCode] = useState<string | null>(null)
  const reissue = useAction(async () => {
    setReturnCode((await newReturnCode(cls.id, student.id)).returnCode)
  })
  const remove = useAction(async () => {
    await removeStudent(cls.id, student.id)
    await reload()
  })

  return (
    <li>
      <span className="member-name">
        <InlineRename
          name={student.name}
          label={t('teams.renameStudent', { name: student.name })}
          onRename={async (name) => {
            await updateStudent(cls.id, student.id, { name })
            await reload()
          }}
        >
          {student.name}
        </InlineRename>
      </span>
      <select
        aria-label={t('teams.moveTo', { name: student.name })}
        value={student.teamId ?? ''}
        disabled={move.busy}
        onChange={(e) => void move.run(e.target.value)}
      >
        <option value="">{t('teams.noTeam')}</option>
        {cls.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <ConfirmButton
        className="link"
        question={t('teams.removeStudentQuestion', { name: student.name })}
        onConfirm={() => void remove.run()}
      >
        {t('teams.removeStudent')}
      </ConfirmButton>
      <ConfirmButton
        className="link"
        question={t('newReturnCode.question', { name: student.name })}
        onConfirm={() => void reissue.run()}
      >
        {t('newReturnCode.button')}
      </ConfirmButton>
      {returnCode && (
        <div className="notice" role="status">
          <p>{t('newReturnCode.shown', { name: student.name })}</p>
          <CopyableCode code={returnCode} label={t('rejoin.returnCode')} />
        </div>
      )}
      <ErrorMessage error={move.error ?? remove.error ?? reissue.error} />
    </li>
  )
}
