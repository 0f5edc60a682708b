import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { deleteClass, updateClass } from '../../api/classes'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'

/** Lock team choice, archive, or delete the class with all its data (each confirmed). */
export function ClassSettingsPanel({ cls, reload }: { cls: ClassDetail; reload(): Promise<void> }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const update = useAction(async (body: { teamChoiceLocked?: boolean; archived?: boolean }) => {
    await updateClass(cls.id, body)
    await reload()
  })
  // Shown at once while the server confirms; falls back to the server's value afterwards.
  const [lockPending, setLockPending] = useState<boolean | null>(null)
  const setLock = async (locked: boolean) => {
    setLockPending(locked)
    await update.run({ teamChoiceLocked: locked })
    setLockPending(null)
  }
  const remove = useAction(async () => {
    await deleteClass(cls.id)
    await navigate('/classes')
  })

  return (
    <div className="panel">
      <h2>{t('settings.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={lockPending ?? cls.teamChoiceLocked}
          disabled={update.busy || cls.archived}
          onChange={(e) => void setLock(e.target.checked)}
        />
        {t('settings.lockTeams')}
      </label>
      <div className="actions">
        {cls.archived ? (
          <button type="button" onClick={() => void update.run({ archived: false })}>
            {t('settings.unarchive')}
          </button>
        ) : (
          <ConfirmButton
            question={t('settings.archiveQuestion')}
            onConfirm={() => void update.run({ archived: true })}
          >
            {t('settings.archive')}
          </ConfirmButton>
        )}
        <ConfirmButton
          className="danger"
          question={t('settings.deleteQuestion', { name: cls.name })}
          onConfirm={() => void remove.run()}
        >
          {t('settings.delete')}
        </ConfirmButton>
      </div>
      <ErrorMessage error={update.error ?? remove.error} />
    </div>
  )
}
