import { useTranslation } from 'react-i18next'
import type { ClassDetail } from '../../../../cases/contracts/http'
import { closeJoinCode, regenerateJoinCode } from '../../api/classes'
import { ConfirmButton } from '../../components/ConfirmButton'
import { CopyableCode } from '../../components/CopyableCode'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../components/useAction'

/** The class's join code, large enough to read aloud, with regenerate and close. */
export function JoinCodePanel({ cls, reload }: { cls: ClassDetail; reload(): Promise<void> }) {
  const { t } = useTranslation()
  const regenerate = useAction(async () => {
    await regenerateJoinCode(cls.id)
    await reload()
  })
  const close = useAction(async () => {
    await closeJoinCode(cls.id)
    await reload()
  })

  return (
    <div className="panel">
      <h2>{t('joinCode.title')}</h2>
      {cls.joinCode ? (
        <>
          <p className="muted">{t('joinCode.explain')}</p>
          <CopyableCode code={cls.joinCode} label={t('joinCode.title')} />
        </>
      ) : (
        <p className="notice">{t('joinCode.closed')}</p>
      )}
      <div className="actions">
        <ConfirmButton question={t('joinCode.regenerateQuestion')} onConfirm={() => void regenerate.run()}>
          {cls.joinCode ? t('joinCode.regenerate') : t('joinCode.open')}
        </ConfirmButton>
        {cls.joinCode && (
          <ConfirmButton question={t('joinCode.closeQuestion')} onConfirm={() => void close.run()}>
            {t('joinCode.close')}
          </ConfirmButton>
        )}
      </div>
      <ErrorMessage error={regenerate.error ?? close.error} />
    </div>
  )
}
