import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { removeLecturer } from '../../api/classes'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'

interface Props {
  cls: ClassDetail
  lecturer: ClassDetail['lecturers'][number]
  /** The signed-in lecturer's id. */
  me: string
  reload(): Promise<void>
}

/**
 * A lecturer of the class. The owner may remove a co-lecturer; a co-lecturer may leave the class themselves
 * (the server allows nothing else, so nothing else is offered).
 */
export function LecturerRow({ cls, lecturer, me, reload }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const isOwner = lecturer.id === cls.ownerId
  const isMe = lecturer.id === me
  const remove = useAction(async () => {
    await removeLecturer(cls.id, lecturer.id)
    // Having left, this class is no longer ours to show.
    if (isMe) await navigate('/classes')
    else await reload()
  })

  return (
    <li>
      {lecturer.name} <span className="muted">{lecturer.email}</span>
      {isOwner && <span className="muted"> · {t('lecturers.owner')}</span>}{' '}
      {!isOwner && me === cls.ownerId && (
        <ConfirmButton
          className="link"
          question={t('lecturers.removeQuestion', { name: lecturer.name })}
          onConfirm={() => void remove.run()}
          disabled={remove.busy}
        >
          {t('lecturers.remove')}
        </ConfirmButton>
      )}
      {!isOwner && isMe && (
        <ConfirmButton
          className="link"
          question={t('lecturers.leaveQuestion', { name: cls.name })}
          onConfirm={() => void remove.run()}
          disabled={remove.busy}
        >
          {t('lecturers.leave')}
        </ConfirmButton>
      )}
      <ErrorMessage error={remove.error} />
    </li>
  )
}
